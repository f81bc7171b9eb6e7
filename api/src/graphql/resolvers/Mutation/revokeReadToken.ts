import { requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const revokeReadToken: NonNullable<MutationResolvers['revokeReadToken']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireAdmin(auth);
  await services.auth.revokeReadToken(id);
  return true;
};
