import type { WebhookDeliveryResolvers } from '../../__generated__/resolvers-types.ts';

/** When its event happened. */
export const createdAt: NonNullable<WebhookDeliveryResolvers['createdAt']> = (delivery) => delivery.at;
