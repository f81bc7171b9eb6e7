import { actor, authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const revokeInvitation: NonNullable<MutationResolvers['revokeInvitation']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  const surveyId = await services.people.surveyOfInvitation(id);
  authorize(auth, 'revokeInvitation', surveyId);
  const revoked = await services.people.revoke(id);
  if (revoked) await services.audit.record(surveyId, actor(auth), 'INVITATION_REVOKED', id);
  return revoked;
};
