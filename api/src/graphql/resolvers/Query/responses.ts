import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const responses: NonNullable<QueryResolvers['responses']> = async (
  _parent,
  { surveyId, filter, first, after },
  { auth, services },
) => {
  authorize(auth, 'responses', surveyId);
  const survey = await services.surveys.idOf(surveyId);
  return services.responses.list(survey, filter, first, after);
};
