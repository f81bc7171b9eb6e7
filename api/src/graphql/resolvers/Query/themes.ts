import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const themes: NonNullable<QueryResolvers['themes']> = async (
  _parent,
  { surveyId, filter, groupBy, bucket },
  { auth, services },
) => {
  authorize(auth, 'themes', surveyId);
  const { id, minResponses, customThemes } = await services.surveys.reportSettings(surveyId);
  return services.themes.report(id, filter, groupBy, bucket, minResponses, customThemes);
};
