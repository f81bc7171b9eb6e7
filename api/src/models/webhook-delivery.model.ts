import { type InferSchemaType, Schema, type Types } from 'mongoose';
import type { EventData } from '../webhooks/events.ts';
import { WEBHOOK_EVENTS } from './webhook.model.ts';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

/** How long the log keeps a delivery (it carries the answer, comment included). */
export const DELIVERY_LOG_DAYS = 30;

/**
 * The delivery log (`webhook_deliveries`): one event's delivery to one subscription once it is done (delivered, or
 * failed for good), `<webhookId>:<eventId>`, without what it carried (a redelivery reads the answer again). Only
 * ever inserted into (and trimmed): FerretDB 1.x scans a collection for any read by another field than `_id`, so
 * what waits, read by subscription, is kept apart, in small collections of parcels (below).
 */
export const webhookDeliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    webhook: { type: Schema.Types.ObjectId, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    event: { type: String, enum: WEBHOOK_EVENTS, required: true },
    /** The `webhook-id` header: derived from the event's cause. */
    eventId: { type: String, required: true },
    /** The answer it is about, for erasure. */
    response: { type: String, default: null },
    /** When the event happened (a `DETRACTOR_OVERDUE`: when the detractor fell due). */
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
webhookDeliverySchema.index({ webhook: 1, at: -1, _id: -1 });
webhookDeliverySchema.index({ response: 1 });
webhookDeliverySchema.index({ at: 1 });

export type WebhookDelivery = InferSchemaType<typeof webhookDeliverySchema> & { _id: string };

/** A delivery as stored and read back, as the GraphQL resolvers map it. */
export type StoredWebhookDelivery = WebhookDelivery;

/**
 * A delivery waiting in a parcel: its state so far (the parcel says when it is next tried), and the event's data:
 * left out of a parcel that its instance is sending from memory (it is read again from the answer should another
 * instance take the parcel over).
 */
export type Delivery = Omit<WebhookDelivery, 'status' | 'nextAttemptAt' | 'deliveredAt'> & {
  readonly data?: EventData;
};

/**
 * Deliveries of one subscription that wait together, due at one time: written, claimed, sent and recorded as one
 * document, so that a burst of answers costs the database a few writes, not a few per event. Three collections, so
 * that the one read every few seconds stays small:
 *
 * - `webhook_outbox`: those due now, written before their answers are acknowledged, without their data (the
 *   instance that wrote them sends them from memory; another takes them over, and reads their answers again, should
 *   it stop), and what a send left for later to a subscription in good health;
 * - `webhook_backlog`: what waits for a subscription whose receiver is down (with its data), read when the
 *   subscription is tried again;
 * - `webhook_scheduled`: a detractor's `DETRACTOR_OVERDUE` until its hours run out.
 *
 * A parcel is never updated in place while due: what a send leaves goes to a new one.
 */
export const webhookParcelSchema = new Schema(
  {
    _id: { type: String, required: true },
    webhook: { type: Schema.Types.ObjectId, required: true },
    due: { type: Date, required: true },
    /** The instance sending it from memory: should it stop, another takes the parcel over at once. */
    holder: { type: String, default: undefined },
    deliveries: { type: [Schema.Types.Mixed], required: true },
  },
  { strict: 'throw', versionKey: false },
);
webhookParcelSchema.index({ due: 1 });
webhookParcelSchema.index({ webhook: 1 });

/** A delivery as a parcel holds it: whole, or (sent from memory by its instance) the least needed to make it whole. */
export type StoredDelivery = Pick<Delivery, '_id' | 'survey' | 'event' | 'response' | 'at'> &
  Partial<Delivery>;

export interface Parcel {
  readonly _id: string;
  readonly webhook: Types.ObjectId;
  readonly due: Date;
  readonly holder?: string;
  readonly deliveries: StoredDelivery[];
}

/**
 * An answer erased lately (`_id`: its id), for an hour: the delivery worker neither sends nor records its deliveries,
 * whichever instance holds them in memory (the erasure takes them out of what is stored).
 */
export const webhookTombstoneSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'webhook_tombstones' },
);

export const TOMBSTONE_MS = 3_600_000;
