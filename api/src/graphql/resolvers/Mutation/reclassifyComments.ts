import { authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const reclassifyComments: NonNullable<MutationResolvers['reclassifyComments']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'reclassifyComments');
  const survey = await services.surveys.get(surveyId);
  return services.reclassification.start(survey._id);
};
