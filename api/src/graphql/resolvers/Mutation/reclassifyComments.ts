import { authorize } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const reclassifyComments: NonNullable<MutationResolvers['reclassifyComments']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'reclassifyComments');
  const survey = await services.surveys.get(surveyId);
  // On the writer, like a rebuild, so that no submit is counted while the survey is being recounted.
  return services.ingest.exclusive(() => services.themes.reclassify(survey._id));
};
