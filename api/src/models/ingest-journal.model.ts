import { type InferSchemaType, Schema } from 'mongoose';

/**
 * One entry per batch of answers being written: inserted before the responses, deleted once they are counted in
 * the pre-aggregates. An entry still present after a crash names the surveys whose counts must be recounted.
 */
export const ingestJournalSchema = new Schema(
  {
    _id: { type: String, required: true },
    surveys: { type: [Schema.Types.ObjectId], required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'ingest_journal' },
);

export type IngestJournal = InferSchemaType<typeof ingestJournalSchema>;
