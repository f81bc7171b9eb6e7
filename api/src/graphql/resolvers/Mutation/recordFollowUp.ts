import { requireSurveyAccess } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const recordFollowUp: NonNullable<MutationResolvers['recordFollowUp']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  const response = await services.responses.get(input.responseId);
  requireSurveyAccess(auth, String(response.survey));
  return services.responses.recordFollowUp(response, input);
};
