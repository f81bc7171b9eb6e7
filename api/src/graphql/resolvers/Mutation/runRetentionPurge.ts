import { authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const runRetentionPurge: NonNullable<MutationResolvers['runRetentionPurge']> = async (
  _parent,
  _args,
  { auth, services },
) => {
  authorize(auth, 'runRetentionPurge');
  return services.retention.runNow();
};
