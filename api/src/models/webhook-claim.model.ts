import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The right to send one parcel of webhook deliveries (its `_id`): of the instances that find it due, the unique
 * `_id` lets exactly one send it (FerretDB 1.x's conditional updates are not atomic). A claim is deleted a minute
 * after it was made, or as soon as its holder is not alive (no writer lease): a parcel still there is then sent by
 * another instance.
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
