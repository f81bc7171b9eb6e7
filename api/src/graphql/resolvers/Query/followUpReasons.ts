import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const followUpReasons: NonNullable<QueryResolvers['followUpReasons']> = async (
  _parent,
  { surveyId, from, to },
  { auth, services },
) => {
  authorize(auth, 'followUpReasons', surveyId);
  const survey = await services.surveys.idOf(surveyId);
  return services.responses.followUpReasons(survey, from, to);
};
