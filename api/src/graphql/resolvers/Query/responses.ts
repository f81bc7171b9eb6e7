import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const responses: NonNullable<QueryResolvers['responses']> = async (
  _parent,
  { surveyId, filter, first, after },
  { auth, services },
) => {
  authorize(auth, 'responses', surveyId);
  // What the filter's own themes are counted as (their slots) is the survey's: read from memory for a second.
  const survey = await services.surveys.reportSettings(surveyId);
  return services.responses.list(survey, filter, first, after);
};
