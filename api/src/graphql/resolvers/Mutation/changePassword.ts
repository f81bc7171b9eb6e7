import { UnauthenticatedError } from '../../../errors.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const changePassword: NonNullable<MutationResolvers['changePassword']> = async (
  _parent,
  { currentPassword, newPassword },
  { auth, services },
) => {
  if (auth.kind !== 'admin' || !auth.userId || !auth.sessionId) {
    throw new UnauthenticatedError('Only a person signed in to the console has a password to change.');
  }
  await services.sessions.changePassword(auth.userId, auth.sessionId, currentPassword, newPassword);
  return true;
};
