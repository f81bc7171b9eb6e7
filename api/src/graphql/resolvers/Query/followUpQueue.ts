import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const followUpQueue: NonNullable<QueryResolvers['followUpQueue']> = async (
  _parent,
  { surveyId, first },
  { auth, services },
) => {
  authorize(auth, 'followUpQueue', surveyId);
  const survey = await services.surveys.idOf(surveyId);
  return services.responses.followUpQueue(survey, first);
};
