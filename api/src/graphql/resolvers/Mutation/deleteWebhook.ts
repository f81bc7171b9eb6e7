import { actor } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const deleteWebhook: NonNullable<MutationResolvers['deleteWebhook']> = async (
  _parent,
  { id },
  context,
) => {
  const webhook = await accessibleWebhook(id, context, 'deleteWebhook');
  const removed = await context.services.webhooks.remove(webhook);
  await context.services.audit.record(
    String(webhook.survey),
    actor(context.auth),
    'WEBHOOK_DELETED',
    new URL(webhook.url).host,
  );
  return removed;
};
