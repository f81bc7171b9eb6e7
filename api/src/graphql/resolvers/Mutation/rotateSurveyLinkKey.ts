import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const rotateSurveyLinkKey: NonNullable<MutationResolvers['rotateSurveyLinkKey']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'rotateSurveyLinkKey', surveyId);
  const survey = await services.links.rotateKey(await services.surveys.get(surveyId));
  await services.audit.record(surveyId, actor(auth), 'LINK_KEY_ROTATED');
  return survey;
};
