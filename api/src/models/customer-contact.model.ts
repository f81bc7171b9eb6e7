import { type InferSchemaType, Schema } from 'mongoose';

/**
 * When a customer the page identified last answered a survey, on any device: `_id` is `<surveyId>:<hash>`, the hash
 * the SHA-256 (hex) of `<siteKey>:<customer id>`, as the widget computes it. The id itself is never stored here, and
 * the configuration request that reads this sends the hash alone.
 */
export const customerContactSchema = new Schema(
  {
    _id: { type: String, required: true, match: /^[0-9a-f]{24}:[0-9a-f]{64}$/ },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'customer_contacts' },
);

export type CustomerContact = InferSchemaType<typeof customerContactSchema>;
