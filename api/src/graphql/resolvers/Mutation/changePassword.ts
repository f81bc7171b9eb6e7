import { authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const changePassword: NonNullable<MutationResolvers['changePassword']> = async (
  _parent,
  { currentPassword, newPassword },
  { auth, services },
) => {
  authorize(auth, 'changePassword');
  if (auth.kind !== 'person') return false;
  await services.sessions.changePassword(auth.userId, auth.sessionId, currentPassword, newPassword);
  return true;
};
