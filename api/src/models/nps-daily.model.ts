import { type InferSchemaType, Schema, type Types } from 'mongoose';

/** Scores 0..10, as the field names of a daily count document: `s0` ... `s10`. */
export const SCORE_FIELDS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10'] as const;

const count = { type: Number, default: 0, min: 0 };

/**
 * The pre-aggregate: how many answers gave each score, per survey, UTC day, language and market. NPS reports read
 * these, never the raw responses. The `_id` names the cell, so every update is an exact `_id` match (the only
 * filter FerretDB 1.x answers without scanning).
 */
export const npsDailySchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    day: { type: Date, required: true },
    language: { type: String, required: true },
    market: { type: String, default: null },
    ...Object.fromEntries(SCORE_FIELDS.map((field) => [field, count])),
  },
  { strict: 'throw', versionKey: false, collection: 'nps_daily' },
);
npsDailySchema.index({ survey: 1, day: 1 });

export type NpsDaily = InferSchemaType<typeof npsDailySchema> & Record<(typeof SCORE_FIELDS)[number], number>;

export function npsDailyId(
  survey: Types.ObjectId | string,
  day: Date,
  language: string,
  market: string | null,
) {
  return `${survey}|${day.toISOString().slice(0, 10)}|${language}|${market ?? '-'}`;
}

/** Midnight UTC of the instant's day. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
