import { requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const updateSurvey: NonNullable<MutationResolvers['updateSurvey']> = async (
  _parent,
  { id, input },
  { auth, services },
) => {
  requireAdmin(auth);
  return services.surveys.update(id, input);
};
