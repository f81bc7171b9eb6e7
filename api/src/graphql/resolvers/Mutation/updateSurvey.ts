import { authorize } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const updateSurvey: NonNullable<MutationResolvers['updateSurvey']> = async (
  _parent,
  { id, input },
  { auth, services },
) => {
  authorize(auth, 'updateSurvey', id);
  return services.surveys.update(id, input);
};
