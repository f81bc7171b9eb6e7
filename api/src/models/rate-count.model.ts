import { type InferSchemaType, Schema } from 'mongoose';

/**
 * One API instance's count of public requests per key (`ip:…`, `site:…`) in one minute (`<instance>:<minute>`).
 * Only that instance writes it; every instance reads the others' to enforce limits across all of them.
 */
export const rateCountSchema = new Schema(
  {
    _id: { type: String, required: true },
    instance: { type: String, required: true },
    /** The minute counted, in minutes since the epoch. */
    minute: { type: Number, required: true },
    counts: { type: [{ _id: false, k: String, n: Number }], default: [] },
  },
  { strict: 'throw', versionKey: false, collection: 'rate_counts' },
);

export type RateCount = InferSchemaType<typeof rateCountSchema>;
