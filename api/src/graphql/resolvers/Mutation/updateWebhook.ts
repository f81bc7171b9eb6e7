import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const updateWebhook: NonNullable<MutationResolvers['updateWebhook']> = async (
  _parent,
  { id, input },
  context,
) => {
  const webhook = await accessibleWebhook(id, context, 'updateWebhook');
  return context.services.webhooks.update(
    webhook,
    input,
    await context.services.surveys.get(String(webhook.survey)),
  );
};
