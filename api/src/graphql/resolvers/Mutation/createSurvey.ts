import { requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const createSurvey: NonNullable<MutationResolvers['createSurvey']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  requireAdmin(auth);
  return services.surveys.create(input);
};
