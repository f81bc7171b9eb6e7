import { authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const createSurvey: NonNullable<MutationResolvers['createSurvey']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  authorize(auth, 'createSurvey');
  return services.surveys.create(input);
};
