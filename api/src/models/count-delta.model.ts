import { type InferSchemaType, Schema, type Types } from 'mongoose';

export const deltaCellSchema = new Schema(
  {
    /** The cell (`npsDailyId`), without the slot. */
    id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    day: { type: Date, required: true },
    language: { type: String, required: true },
    market: { type: String, default: null },
    /** Left out for the widget's. */
    channel: { type: String, default: undefined },
    /** Answers added per score, 0 to 10. */
    scores: { type: [Number], required: true },
    /**
     * Answers added per category and comment theme, the counts that are not 0 alone: an index in `THEME_FIELDS`, then
     * its count, in turn. Left out when none. Sparse because most cells have a few themes of the 45, and FerretDB
     * decodes every element of a document it reads, updates or deletes.
     */
    themeCounts: { type: [Number], default: undefined },
    /** The same as every index's count (`THEME_FIELDS` long): the form written before, read from entries left by it. */
    themes: { type: [Number], default: undefined },
  },
  { _id: false },
);

/**
 * The count feed: what one write of a slot's counts added (`<slot>:<seq>`, `seq` counting that slot's writes), or a
 * survey whose counts were replaced (`reset`). Inserted before the counts it carries are applied to `nps_daily`, so
 * it is also the commit point that repair reads after a crash. Every API instance reads the feed to keep its cached
 * cells equal to the stored ones; entries are deleted some seconds after their slot has applied them.
 */
export const countDeltaSchema = new Schema(
  {
    _id: { type: String, required: true },
    slot: { type: Number, required: true },
    seq: { type: Number, required: true },
    /** The API instance that wrote it. */
    holder: { type: String, required: true },
    at: { type: Date, required: true },
    /** The journal entries whose answers it counts. */
    journal: { type: [String], default: [] },
    cells: { type: [deltaCellSchema], default: [] },
    /** Surveys whose cells were replaced: cached copies must be read again. */
    reset: { type: [Schema.Types.ObjectId], default: [] },
  },
  { strict: 'throw', versionKey: false, collection: 'nps_deltas' },
);

/** A delta's cell as stored and read back (`lean`). */
export interface DeltaCell {
  readonly id: string;
  readonly survey: Types.ObjectId;
  readonly day: Date;
  readonly language: string;
  readonly market: string | null;
  /** Left out for the widget's. */
  readonly channel?: string | null | undefined;
  readonly scores: number[];
  readonly themeCounts?: number[] | undefined;
  readonly themes?: number[] | undefined;
}

/** A count delta as stored and read back (`lean`): the schema's fields, with its sub-documents as plain objects. */
export type CountDelta = Omit<InferSchemaType<typeof countDeltaSchema>, 'cells' | 'reset'> & {
  readonly _id: string;
  readonly cells: DeltaCell[];
  readonly reset: Types.ObjectId[];
};
