import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const surveyLinks: NonNullable<QueryResolvers['surveyLinks']> = async (
  _parent,
  { surveyId, recipients },
  { auth, services, request },
) => {
  authorize(auth, 'surveyLinks', surveyId);
  return services.links.links(await services.surveys.get(surveyId), recipients, request.base);
};
