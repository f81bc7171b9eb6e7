import { type InferSchemaType, Schema } from 'mongoose';
import { followUpSchema } from './response.model.ts';

/**
 * The one follow-up of a detractor's answer, by the response's `_id`: of two recorded at once, the database's unique
 * `_id` keeps exactly one, on every instance and on FerretDB 1.x, whose conditional updates are not atomic. The
 * response then gets a copy in `followUp` (what the queue filters on), also repaired from here if a crash comes
 * between the two writes.
 */
export const followUpClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    followUp: { type: followUpSchema, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'follow_up_claims' },
);

export type FollowUpClaim = InferSchemaType<typeof followUpClaimSchema>;
