import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const readTokens: NonNullable<QueryResolvers['readTokens']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'readTokens', surveyId);
  return services.auth.activeReadTokens(await services.surveys.idOf(surveyId));
};
