import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const webhooks: NonNullable<QueryResolvers['webhooks']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'webhooks', surveyId);
  return services.webhooks.list(await services.surveys.idOf(surveyId));
};
