import { type InferSchemaType, Schema } from 'mongoose';

/**
 * Secrets every API instance over one database must share, made once by whichever instance needs one first: e.g.
 * the key that turns client addresses into the hashes the rate limits store (`privacy/address-keys.ts`).
 */
export const appSecretSchema = new Schema(
  {
    _id: { type: String, required: true },
    value: { type: String, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'app_secrets' },
);

export type AppSecret = InferSchemaType<typeof appSecretSchema>;
