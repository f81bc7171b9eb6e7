import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const deleteSurvey: NonNullable<MutationResolvers['deleteSurvey']> = async (
  _parent,
  { id, confirmBrand },
  { auth, services },
) => {
  authorize(auth, 'deleteSurvey', id);
  return services.surveyDeletion.delete(id, confirmBrand, actor(auth));
};
