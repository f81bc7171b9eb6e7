import { createHash } from 'node:crypto';
import { type HydratedDocumentFromSchema, type InferSchemaType, Schema, type Types } from 'mongoose';
import type { ThemeCorrection } from '../themes/corrections.ts';
import { THEME_KEYS } from '../themes/lexicon.ts';
import { isHttpUrl, LANGUAGE, MARKET, UUID } from './validators.ts';

export const CATEGORIES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const;
export const FOLLOW_UP_REASONS = ['PRICE', 'QUALITY', 'STAFF', 'DELIVERY', 'SUPPORT', 'OTHER'] as const;
/**
 * Where an answer was given: the widget on the owner's site, the score links of an email, or the hosted survey page
 * reached by a link (SMS, chat, a QR code).
 */
export const CHANNELS = ['WIDGET', 'EMAIL', 'LINK'] as const;
export type Channel = (typeof CHANNELS)[number];
export const MAX_COMMENT = 2000;
export const MAX_ATTRIBUTES = 20;
/** Times an answer's comment may be replaced: a visitor correcting it, not a channel for writing. */
export const MAX_COMMENT_CHANGES = 10;
/** Changes of an answer in all: its visitor's comment changes and people's corrections of its themes. */
export const MAX_CHANGES = 40;

const themeCorrectionSchema = new Schema(
  {
    /** A built-in theme, or the slot of one of the survey's own. */
    theme: { type: String, enum: THEME_KEYS, required: true },
    /** For one of the survey's own: its code, so that the correction does not pass to a later theme in its slot. */
    code: { type: String, default: undefined },
    present: { type: Boolean, required: true },
    by: { type: String, required: true, maxlength: 100 },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const THEME_KEY_SET: ReadonlySet<string> = new Set(THEME_KEYS);

const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** A flat object of at most 20 short keys, each value a short string, a finite number, a boolean or null. */
export function isAttributes(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return false;
  }
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_ATTRIBUTES &&
    entries.every(
      ([key, v]) =>
        ATTRIBUTE_KEY.test(key) &&
        (v === null ||
          typeof v === 'boolean' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'string' && v.length <= 200)),
    )
  );
}

export type Category = (typeof CATEGORIES)[number];

/** Good practice calls a detractor back within this long: the follow-up queue's and the overdue webhook's `dueAt`. */
export const FOLLOW_UP_TARGET_MS = 24 * 3_600_000;

export function categoryOf(score: number): Category {
  return score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
}

export const followUpSchema = new Schema(
  {
    at: { type: Date, required: true },
    by: { type: String, required: true, trim: true, minlength: 1, maxlength: 200 },
    note: { type: String, trim: true, maxlength: MAX_COMMENT, default: null },
    reasons: {
      type: [{ type: String, enum: FOLLOW_UP_REASONS }],
      validate: { validator: (v: string[]) => v.length > 0, message: 'needs at least one reason' },
    },
  },
  { _id: false },
);

/**
 * One answer. Its `_id` is `<surveyId>:<clientResponseId>`, so a resubmit of the same answer is refused by the
 * primary key itself (error 11000, also on FerretDB, which enforces only `_id` reliably), however the submits race.
 */
export const responseSchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true, immutable: true },
    clientResponseId: { type: String, required: true, match: [UUID, 'is not a UUID'], immutable: true },
    // Not immutable: an email's later score link changes the answer (the last click wins; see `ingest.amend`).
    score: {
      type: Number,
      required: true,
      min: 0,
      max: 10,
      validate: { validator: Number.isInteger, message: 'is not an integer from 0 to 10' },
    },
    category: { type: String, enum: CATEGORIES, required: true },
    /**
     * Left out of answers stored before channels existed: those are the widget's (the default fills it in as they are
     * read, so it cannot be `immutable`: saving such an answer would count as changing it).
     */
    channel: { type: String, enum: CHANNELS, default: 'WIDGET' },
    comment: { type: String, maxlength: MAX_COMMENT, default: null },
    /**
     * The comment's themes (`themes/classifier.ts`), counted in the pre-aggregates. Kept when retention removes the
     * comment: an anonymous fact like the score, so that reports stay the same. Checked as a whole: mongoose checks an
     * `enum` on each element as a path of its own, which cost an answer with themes about 16 µs, as much as
     * classifying its comment.
     */
    themes: {
      type: [String],
      default: [],
      validate: {
        validator: (themes: readonly string[]) => themes.every((theme) => THEME_KEY_SET.has(theme)),
        message: `has a theme other than ${THEME_KEYS.join(', ')}`,
      },
    },
    /**
     * People's corrections of the comment's themes (`themes/corrections.ts`), one per theme at most: `themes` is what
     * the classifier finds with these applied, and stays so when the comments are classified again.
     */
    themeCorrections: { type: [themeCorrectionSchema], default: undefined },
    /**
     * The ingest journal entries that changed the comment, its score or its themes' corrections, in order: how a
     * repair tells whether a change whose outcome its writer never learnt was made. At most `MAX_CHANGES`, of which
     * `MAX_COMMENT_CHANGES` a visitor's.
     */
    amends: { type: [String], default: undefined },
    language: { type: String, required: true, match: LANGUAGE, immutable: true },
    market: { type: String, match: MARKET, default: null, immutable: true },
    pageUrl: {
      type: String,
      maxlength: 2048,
      default: null,
      validate: {
        validator: (v: string | null) => v === null || isHttpUrl(v),
        message: 'is not an http(s) URL',
      },
    },
    attributes: {
      type: Schema.Types.Mixed,
      default: null,
      validate: {
        validator: isAttributes,
        message: `must be a flat object of at most ${MAX_ATTRIBUTES} keys with short string, number, boolean or null values`,
      },
    },
    createdAt: { type: Date, required: true, immutable: true },
    followUp: { type: followUpSchema, default: null },
    /** The ingest journal entry of the batch that stored it: how repair tells what a crashed batch stored. */
    batch: { type: String, default: null },
  },
  { strict: 'throw', versionKey: false },
);
responseSchema.index({ survey: 1, createdAt: -1, _id: -1 });
// A respondent's answers, for access and erasure (on MongoDB; FerretDB 1.x scans whatever the index).
responseSchema.index({ 'attributes.customerId': 1 }, { sparse: true });
responseSchema.index({ survey: 1, category: 1, 'followUp.at': 1, createdAt: 1 });

/** An answer's channel: stored before channels existed, the widget's. */
export function channelOf(answer: { channel?: string | null | undefined }): Channel {
  return (answer.channel as Channel | null | undefined) ?? 'WIDGET';
}

/**
 * A client response id derived from `name` (SHA-256, laid out as a UUID): the same answer whenever the same thing is
 * stored again, such as a row of an export imported twice, or a customer's later click in one email.
 */
export function derivedClientResponseId(name: string): string {
  const hash = createHash('sha256').update(name).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

export function responseId(surveyId: Types.ObjectId | string, clientResponseId: string): string {
  return `${surveyId}:${clientResponseId.toLowerCase()}`;
}

/** An answer as stored; its theme corrections as plain values (lean reads give them so). */
export type Response = Omit<InferSchemaType<typeof responseSchema>, 'themeCorrections'> & {
  themeCorrections?: ThemeCorrection[] | null | undefined;
};
export type ResponseDoc = HydratedDocumentFromSchema<typeof responseSchema>;
