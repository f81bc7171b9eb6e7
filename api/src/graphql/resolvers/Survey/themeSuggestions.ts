import { authorize } from '../../../auth/auth.ts';
import type { SurveyResolvers } from '../../__generated__/resolvers-types.ts';

/** Words of the survey's comments: for those who may read its answers. */
export const themeSuggestions: NonNullable<SurveyResolvers['themeSuggestions']> = async (
  survey,
  _args,
  { auth, services },
) => {
  authorize(auth, 'responses', String(survey._id));
  return services.themes.suggestions(survey._id, survey.toObject());
};
