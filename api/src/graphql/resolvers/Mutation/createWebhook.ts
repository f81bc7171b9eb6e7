import { authorize } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const createWebhook: NonNullable<MutationResolvers['createWebhook']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  authorize(auth, 'createWebhook', input.surveyId);
  return services.webhooks.create(input, await services.surveys.get(input.surveyId));
};
