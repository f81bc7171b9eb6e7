import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The right to make one attempt of one delivery, `<deliveryId>#<attempt>`: of the instances that find it due, the
 * unique `_id` lets exactly one send it (FerretDB 1.x's conditional updates are not atomic). A claim older than
 * `STALE_CLAIM_MS` was left by an instance that died mid-attempt: another may take it over.
 */
export const webhookClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'webhook_claims' },
);

export type WebhookClaim = InferSchemaType<typeof webhookClaimSchema>;
