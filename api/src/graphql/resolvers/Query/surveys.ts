import { requireAdmin } from '../../../services/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const surveys: NonNullable<QueryResolvers['surveys']> = async (_parent, _args, { auth, services }) => {
  requireAdmin(auth);
  return services.surveys.list();
};
