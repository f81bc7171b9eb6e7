import { requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const runRetentionPurge: NonNullable<MutationResolvers['runRetentionPurge']> = async (
  _parent,
  _args,
  { auth, services },
) => {
  requireAdmin(auth);
  return services.retention.runNow();
};
