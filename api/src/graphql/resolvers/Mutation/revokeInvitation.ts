import { authorize, requireSignedIn } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const revokeInvitation: NonNullable<MutationResolvers['revokeInvitation']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  requireSignedIn(auth);
  authorize(auth, 'revokeInvitation', await services.people.surveyOfInvitation(id));
  return services.people.revoke(id);
};
