import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const redeliverWebhook: NonNullable<MutationResolvers['redeliverWebhook']> = async (
  _parent,
  { webhookId, deliveryId },
  context,
) =>
  context.services.webhookDelivery.redeliver(
    await accessibleWebhook(webhookId, context, 'redeliverWebhook'),
    deliveryId,
  );
