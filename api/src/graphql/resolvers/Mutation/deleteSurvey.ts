import { actor, requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const deleteSurvey: NonNullable<MutationResolvers['deleteSurvey']> = async (
  _parent,
  { id, confirmBrand },
  { auth, services },
) => {
  requireAdmin(auth);
  return services.surveyDeletion.delete(id, confirmBrand, actor(auth));
};
