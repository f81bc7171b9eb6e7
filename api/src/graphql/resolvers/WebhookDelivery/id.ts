import type { WebhookDeliveryResolvers } from '../../__generated__/resolvers-types.ts';

/** The delivery's id in the API: its own (`<webhookId>:<eventId>`), which `redeliverWebhook` takes. */
export const id: NonNullable<WebhookDeliveryResolvers['id']> = (delivery) => delivery._id;
