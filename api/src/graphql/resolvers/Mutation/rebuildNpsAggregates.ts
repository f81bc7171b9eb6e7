import { authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const rebuildNpsAggregates: NonNullable<MutationResolvers['rebuildNpsAggregates']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'rebuildNpsAggregates');
  const survey = await services.surveys.get(surveyId);
  // On the writer, so that no submit is counted while the survey is being recounted.
  return services.ingest.exclusive(() => services.aggregates.rebuild(survey._id));
};
