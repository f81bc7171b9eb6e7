import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const webhookDeliveries: NonNullable<QueryResolvers['webhookDeliveries']> = async (
  _parent,
  { webhookId, first, after },
  context,
) =>
  context.services.webhookDelivery.list(
    await accessibleWebhook(webhookId, context, 'webhookDeliveries'),
    first ?? 20,
    after,
  );
