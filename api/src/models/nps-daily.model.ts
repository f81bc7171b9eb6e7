import { type InferSchemaType, Schema, type Types } from 'mongoose';
import { CUSTOM_SLOTS, THEMES, type ThemeKey } from '../themes/lexicon.ts';
import { CATEGORIES } from './response.model.ts';

/** Scores 0..10, as the field names of a daily count document: `s0` ... `s10`. */
export const SCORE_FIELDS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10'] as const;

/**
 * Answers whose comment has a theme, per NPS category and theme, as the field names of a daily count document: the
 * built-in themes first (`PROMOTER_PRICE` ... `DETRACTOR_SUPPORT`, index `category * THEMES.length + theme`), then
 * the survey's own by slot (`PROMOTER_C0` ... `DETRACTOR_C9`), after them so that counts stored before there were
 * any keep their places.
 */
export const THEME_FIELDS = [
  ...CATEGORIES.flatMap((category) => THEMES.map((theme) => `${category}_${theme}` as const)),
  ...CATEGORIES.flatMap((category) => CUSTOM_SLOTS.map((slot) => `${category}_${slot}` as const)),
] satisfies `${(typeof CATEGORIES)[number]}_${ThemeKey}`[];

/** Where an answer of this category with this theme (its index in `THEME_KEYS`) is counted in a cell's `themes`. */
export function themeIndex(category: number, key: number): number {
  if (key < THEMES.length) return category * THEMES.length + key;
  return CATEGORIES.length * THEMES.length + category * CUSTOM_SLOTS.length + key - THEMES.length;
}

const count = { type: Number, default: 0, min: 0 };

/**
 * The pre-aggregate: how many answers gave each score, and how many of each category had each comment theme, per
 * survey, UTC day, language, market and channel, and per writer slot. NPS reports read these (summed over the slots), never the raw responses.
 *
 * A cell has one document per writer slot (`<cell>#<slot>`), written only by the slot's lease holder, so that no
 * two API instances ever `$inc` one document (FerretDB 1.x loses such increments). `v` is the last count delta of
 * its slot applied to it, which makes re-applying a delta after a crash harmless. Base documents (`<cell>`, no
 * slot) hold absolute counts set by a rebuild or a bulk import; no writer increments them.
 *
 * The `_id` names the document, so every update is an exact `_id` match (the only filter our FerretDB build answers
 * through an index).
 */
export const npsDailySchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true },
    day: { type: Date, required: true },
    language: { type: String, required: true },
    market: { type: String, default: null },
    /** Null for the widget's answers (every cell counted before channels existed is the widget's). */
    channel: { type: String, default: null },
    slot: { type: Number, default: null },
    v: { type: Number, default: 0 },
    ...Object.fromEntries(SCORE_FIELDS.map((field) => [field, count])),
    // No default: a cell has a theme's field only once an answer with the theme is counted in it (most have none),
    // which keeps the documents FerretDB rewrites on every update small. A slot's field may go below 0 (a comment
    // changed, or an answer erased, on another instance than the one that counted it).
    ...Object.fromEntries(THEME_FIELDS.map((field) => [field, { type: Number }])),
  },
  { strict: 'throw', versionKey: false, collection: 'nps_daily' },
);
npsDailySchema.index({ survey: 1, day: 1 });

export type NpsDaily = InferSchemaType<typeof npsDailySchema> &
  Record<(typeof SCORE_FIELDS)[number], number> &
  Partial<Record<(typeof THEME_FIELDS)[number], number>>;

/**
 * The cell: survey, UTC day, language, market and channel. The widget's cells keep the name they had before channels
 * existed, so that stored counts need no migration.
 */
export function npsDailyId(
  survey: Types.ObjectId | string,
  day: Date,
  language: string,
  market: string | null,
  channel: string | null = null,
) {
  const base = `${survey}|${day.toISOString().slice(0, 10)}|${language}|${market ?? '-'}`;
  return channel && channel !== 'WIDGET' ? `${base}|${channel}` : base;
}

/** The cell's document written by one writer slot. */
export function slotCellId(cell: string, slot: number): string {
  return `${cell}#${slot}`;
}

/** The cell a document counts, without its slot. */
export function cellOf(documentId: string): string {
  const hash = documentId.indexOf('#');
  return hash < 0 ? documentId : documentId.slice(0, hash);
}

/** Midnight UTC of the instant's day. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
