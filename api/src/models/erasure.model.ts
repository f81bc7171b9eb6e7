import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The erasure log: when, by which token, and how many answers of which surveys; never whose. It is what shows that
 * a request to erase was carried out, without keeping what was erased.
 */
export const erasureSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    /** `admin`, or the read token's id. */
    by: { type: String, required: true },
    kind: { type: String, required: true, enum: ['respondent', 'response', 'survey'] },
    surveys: { type: [Schema.Types.ObjectId], default: [] },
    responses: { type: Number, required: true, min: 0 },
  },
  { strict: 'throw', versionKey: false, collection: 'erasures' },
);

export type Erasure = InferSchemaType<typeof erasureSchema>;
