import { actor, requireSurveyAccess } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const eraseResponse: NonNullable<MutationResolvers['eraseResponse']> = async (
  _parent,
  { id },
  { auth, services },
) => {
  const response = await services.responses.get(id);
  requireSurveyAccess(auth, String(response.survey));
  return services.erasure.eraseResponse(response, actor(auth));
};
