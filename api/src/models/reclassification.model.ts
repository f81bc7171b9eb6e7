import { Schema } from 'mongoose';

/**
 * A survey's comments being classified again in the background (`themes/reclassification.ts`), one document per
 * survey (`_id`: its id): how far it has come, for the owner to watch and for another instance to go on from if the
 * one running it stops.
 */
export const reclassificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The survey's answers with a comment when it started. */
    total: { type: Number, required: true, min: 0 },
    /** Of those, classified again so far; and how many of them changed themes. */
    done: { type: Number, required: true, min: 0 },
    changed: { type: Number, required: true, min: 0 },
    /** The last answer classified, in `_id` order: where to go on from. */
    after: { type: String, default: null },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    /** The survey's `themesVersion` when it started: a later change of its own themes needs another. */
    themesVersion: { type: Number, default: 0, min: 0 },
    /** When the instance running it last made progress: one silent longer than `STALE_MS` is taken over. */
    beatAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'reclassifications' },
);
