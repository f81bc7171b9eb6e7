import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const createWebhook: NonNullable<MutationResolvers['createWebhook']> = async (
  _parent,
  { input },
  { auth, services },
) => {
  authorize(auth, 'createWebhook', input.surveyId);
  const created = await services.webhooks.create(input, await services.surveys.get(input.surveyId));
  await services.audit.record(input.surveyId, actor(auth), 'WEBHOOK_CREATED', new URL(input.url).host);
  return created;
};
