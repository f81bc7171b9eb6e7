import { type InferSchemaType, Schema } from 'mongoose';
import { deltaCellSchema } from './count-delta.model.ts';

/**
 * One entry per batch of answers being written, inserted before the answers (which name it in `batch`) and deleted
 * once their counts are written. An entry left behind by a crash says what was stored but not counted: its counts
 * when the batch's outcome was known, else the answers to look up by `_id`; so repair costs what was in flight.
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
    /**
     * An erasure instead of a batch: the `_id`s of the answers to delete, `cells` their counts taken away. A repair
     * deletes them again (deleting twice is harmless) before it writes the counts.
     */
    erased: { type: [String], default: undefined },
    /**
     * A comment change instead of a batch: the answer's `_id`, `cells` the change of its theme counts. A repair counts
     * them only if the answer records this entry in its `amends` (the change was made).
     */
    amended: { type: String, default: undefined },
    /**
     * What the batch stored, counted, written once its outcome is known: a repair then needs no look-ups. Missing
     * when the writer stopped before (its answers are then looked up by `_id`).
     */
    cells: { type: [deltaCellSchema], default: undefined },
    /** The batch's answers that make no webhook events (imported from the past): a repair does not announce them. */
    quiet: { type: [String], default: undefined },
    surveys: { type: [Schema.Types.ObjectId], default: undefined },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'ingest_journal' },
);

export type IngestJournal = InferSchemaType<typeof ingestJournalSchema>;
