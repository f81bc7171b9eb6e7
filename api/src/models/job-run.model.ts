import { type InferSchemaType, Schema } from 'mongoose';

/**
 * The last run of each scheduled job (`_id`: its name, e.g. `retention`), by the database's clock: when it is due
 * again is read from here, so that a job runs on time however often instances restart or take over from each other.
 */
export const jobRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** When the last complete run started, by the database's clock. */
    at: { type: Date, required: true },
    /** How long it took. */
    ms: { type: Number, required: true, min: 0 },
    /** What it did, in the job's own unit (retention: answers purged). */
    count: { type: Number, required: true, min: 0 },
  },
  { strict: 'throw', versionKey: false, collection: 'job_runs' },
);

export type JobRun = InferSchemaType<typeof jobRunSchema>;
