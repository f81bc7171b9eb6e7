import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const retentionStatus: NonNullable<QueryResolvers['retentionStatus']> = async (
  _parent,
  _args,
  { auth, services },
) => {
  authorize(auth, 'retentionStatus');
  return services.retention.status();
};
