import { type InferSchemaType, Schema } from 'mongoose';

/** Small facts about the database itself, e.g. whether the pre-aggregates were left consistent at the last stop. */
export const metaSchema = new Schema(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['clean', 'dirty'], required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'meta' },
);

export type Meta = InferSchemaType<typeof metaSchema>;
