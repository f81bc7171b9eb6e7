import { authorize, requireSignedIn } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const recordFollowUp: NonNullable<MutationResolvers['recordFollowUp']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  requireSignedIn(auth);
  const response = await services.responses.get(input.responseId);
  authorize(auth, 'recordFollowUp', String(response.survey));
  return services.responses.recordFollowUp(response, input);
};
