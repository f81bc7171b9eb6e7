import type { WebhookEvent, WebhookFormat } from '@nps/schema/types';
import { type HydratedDocumentFromSchema, type InferSchemaType, Schema } from 'mongoose';
import { CATEGORIES } from './response.model.ts';
import { LANGUAGE, MARKET } from './validators.ts';

export const WEBHOOK_EVENTS = [
  'RESPONSE_CREATED',
  'RESPONSE_COMMENTED',
  'DETRACTOR_OVERDUE',
  'FOLLOW_UP_RECORDED',
] as const satisfies readonly WebhookEvent[];
export const WEBHOOK_FORMATS = ['JSON', 'SLACK'] as const satisfies readonly WebhookFormat[];
export const DEFAULT_OVERDUE_HOURS = 20;

const nonEmpty = { validator: (v: unknown[]) => v.length > 0, message: 'needs at least one' };

/**
 * A survey's webhook subscription: where to send which events, of which answers, in which format, signed with
 * which secrets. The secret is stored as given to the receiver (it signs, so it cannot be a hash); the previous one
 * signs too until `previousSecretUntil`, after a rotation.
 */
export const webhookSchema = new Schema(
  {
    survey: { type: Schema.Types.ObjectId, required: true, immutable: true },
    url: { type: String, required: true, maxlength: 2048 },
    events: { type: [{ type: String, enum: WEBHOOK_EVENTS }], validate: nonEmpty },
    filter: {
      categories: { type: [{ type: String, enum: CATEGORIES }], default: undefined },
      languages: { type: [{ type: String, match: LANGUAGE }], default: undefined },
      markets: { type: [{ type: String, match: MARKET }], default: undefined },
    },
    format: { type: String, enum: WEBHOOK_FORMATS, default: 'JSON' },
    overdueHours: {
      type: Number,
      default: DEFAULT_OVERDUE_HOURS,
      min: 1,
      max: 168,
      validate: Number.isInteger,
    },
    secret: { type: String, required: true },
    previousSecret: { type: String, default: null },
    previousSecretUntil: { type: Date, default: null },
    enabled: { type: Boolean, default: true },
    failingSince: { type: Date, default: null },
    /** The last 2xx: a day of failures after it (or after creation) marks the subscription failing. */
    lastDeliveredAt: { type: Date, default: null },
    /** Attempts failed in a row: the receiver is then tried with one delivery at a time, after `pausedUntil`. */
    failures: { type: Number, default: 0 },
    pausedUntil: { type: Date, default: null },
    /** Deliveries wait for it in `webhook_backlog` (read when it is tried again, not on every poll). */
    backlog: { type: Boolean, default: false },
  },
  { timestamps: true, strict: 'throw', collection: 'webhooks' },
);
webhookSchema.index({ survey: 1, createdAt: -1 });

export type Webhook = InferSchemaType<typeof webhookSchema>;
export type WebhookDoc = HydratedDocumentFromSchema<typeof webhookSchema>;
