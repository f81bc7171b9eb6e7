import { requireAdmin } from '../../../services/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const surveys: NonNullable<QueryResolvers['surveys']> = async (_parent, _args, { auth, services }) => {
  // A dashboard opened with a read token learns which survey it reads here.
  if (auth.kind === 'survey') return [await services.surveys.get(auth.surveyId)];
  requireAdmin(auth);
  return services.surveys.list();
};
