import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The right to make an answer's n-th comment change, by `<responseId>#<n>`: of two instances changing one comment at
 * once, the database's unique `_id` lets exactly one make change n (FerretDB 1.x's conditional updates are not
 * atomic); the other reads the answer again and asks for n + 1. `entry` is the change's ingest journal entry.
 */
export const commentRevisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    entry: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'comment_revisions' },
);

export type CommentRevision = InferSchemaType<typeof commentRevisionSchema>;
