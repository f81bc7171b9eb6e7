import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The `_id`s of answers erased at their respondent's request, and when: what keeps an import of an older export
 * (Delighted's are cumulative), or a click on an old email's link, from storing them again. The id alone (`<survey>:<client response id>`), none of the
 * answer.
 */
export const erasedAnswerSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'erased_answers' },
);

export type ErasedAnswer = InferSchemaType<typeof erasedAnswerSchema>;
