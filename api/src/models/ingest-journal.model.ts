import { type InferSchemaType, Schema } from 'mongoose';

/**
 * One entry per batch of answers being written, inserted before the answers (which name it in `batch`) and deleted
 * once their counts are written. An entry left behind by a crash names exactly the answers that may be stored but
 * not counted: repair looks them up by `_id`, so it costs what was in flight, not what the survey holds.
 *
 * `surveys` is the form of the single-writer version (a whole survey to recount), read once after an upgrade.
 */
export const ingestJournalSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The writer slot whose lease holder wrote the batch. */
    slot: { type: Number, default: null },
    /** The `_id`s of the batch's responses. */
    responses: { type: [String], default: undefined },
    surveys: { type: [Schema.Types.ObjectId], default: undefined },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'ingest_journal' },
);

export type IngestJournal = InferSchemaType<typeof ingestJournalSchema>;
