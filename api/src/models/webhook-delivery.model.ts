import { type InferSchemaType, Schema } from 'mongoose';
import { WEBHOOK_EVENTS } from './webhook.model.ts';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

/**
 * One event's delivery to one subscription: `<webhookId>:<eventId>`, so that an event made again by its cause (a
 * resubmit, a restart, two instances) is the same delivery, stored once. Written before the answer that caused it is
 * acknowledged; delivered from here, at least once, by whichever instance claims it (`webhook_claims`).
 */
export const webhookDeliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    webhook: { type: Schema.Types.ObjectId, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    event: { type: String, enum: WEBHOOK_EVENTS, required: true },
    /** The `webhook-id` header: derived from the event's cause. */
    eventId: { type: String, required: true },
    /** The event's `data`, as sent (the answer, with its comment: erased with the answer). */
    data: { type: Schema.Types.Mixed, required: true },
    /** The answer it is about, for erasure. */
    response: { type: String, default: null },
    at: { type: Date, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, default: 'PENDING' },
    attempts: { type: Number, default: 0 },
    lastStatus: { type: Number, default: null },
    lastError: { type: String, default: null },
    nextAttemptAt: { type: Date, default: null },
    deliveredAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false, collection: 'webhook_deliveries' },
);
webhookDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
webhookDeliverySchema.index({ webhook: 1, at: -1, _id: -1 });

export type WebhookDelivery = InferSchemaType<typeof webhookDeliverySchema> & { _id: string };

/** A delivery as stored and read back, as the GraphQL resolvers map it. */
export type StoredWebhookDelivery = WebhookDelivery;
