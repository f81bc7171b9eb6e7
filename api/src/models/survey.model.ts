import { type HydratedDocumentFromSchema, type InferSchemaType, Schema } from 'mongoose';
import {
  customThemeSchema,
  customThemesProblem,
  type StoredCustomTheme,
  type StoredThemeCues,
  themeCuesProblem,
  themeCuesSchema,
} from './custom-theme.ts';
import { surveyTextSchema, widgetTextProblem } from './survey-text.ts';
import { isOrigin, LANGUAGE, MARKET, unique } from './validators.ts';

const text = (maxlength: number) => ({ type: String, trim: true, maxlength, default: null });

const questionOverrideSchema = new Schema(
  {
    language: { type: String, required: true, match: LANGUAGE },
    question: text(300),
    detractorFollowUp: text(300),
    passiveFollowUp: text(300),
    promoterFollowUp: text(300),
  },
  { _id: false },
);

export const surveySchema = new Schema(
  {
    siteKey: { type: String, required: true, unique: true, immutable: true },
    brand: { type: String, required: true, trim: true, minlength: 1, maxlength: 100 },
    languages: {
      type: [{ type: String, match: [LANGUAGE, 'is not an ISO 639-1 language code such as "el"'] }],
      validate: [
        { validator: (v: string[]) => v.length > 0 && v.length <= 50, message: 'needs 1 to 50 languages' },
        { validator: unique, message: 'lists a language twice' },
      ],
    },
    defaultLanguage: {
      type: String,
      required: true,
      validate: {
        validator(this: { languages: string[] }, value: string) {
          return this.languages.includes(value);
        },
        message: 'is not one of the survey languages',
      },
    },
    markets: {
      type: [{ type: String, match: [MARKET, 'is not an ISO 3166-1 market code such as "GR"'] }],
      validate: [
        { validator: (v: string[]) => v.length <= 250, message: 'lists more than 250 markets' },
        { validator: unique, message: 'lists a market twice' },
      ],
    },
    questionOverrides: {
      type: [questionOverrideSchema],
      validate: {
        validator(this: { languages: string[] }, overrides: { language: string }[]) {
          const languages = overrides.map((o) => o.language);
          return unique(languages) && languages.every((l) => this.languages.includes(l));
        },
        message: 'must name each survey language at most once',
      },
    },
    texts: {
      type: [surveyTextSchema],
      validate: [
        {
          validator(this: { languages: string[] }, texts: { language: string }[]) {
            return texts.every((t) => this.languages.includes(t.language));
          },
          message: 'must be in the survey languages',
        },
        {
          validator: (texts: { language: string; key: string }[]) =>
            unique(texts.map((t) => `${t.language}:${t.key}`)),
          message: 'gives one text twice in one language',
        },
        {
          validator(texts: { language: string; key: string; text: string }[]) {
            const problem = texts.map((t) => widgetTextProblem(t.language, t.key, t.text)).find(Boolean);
            if (problem) throw new Error(problem);
            return true;
          },
        },
      ],
    },
    /** The survey's own comment themes, besides the built-in five (`themes/custom-themes.ts` finds them). */
    customThemes: {
      type: [customThemeSchema],
      validate: [
        {
          validator(this: { languages: string[]; defaultLanguage: string }, themes: StoredCustomTheme[]) {
            const problem = customThemesProblem(themes, this.languages, this.defaultLanguage);
            if (problem) throw new Error(problem);
            return true;
          },
        },
        {
          validator: (themes: StoredCustomTheme[]) => unique(themes.map((theme) => theme.slot)),
          message: 'counts two themes in one slot',
        },
      ],
    },
    /** The survey's own cue words for the built-in themes, per theme and language. */
    themeCues: {
      type: [themeCuesSchema],
      validate: {
        validator(this: { languages: string[] }, entries: StoredThemeCues[]) {
          const problem = themeCuesProblem(entries, this.languages);
          if (problem) throw new Error(problem);
          return true;
        },
      },
    },
    /** The version that last changed `customThemes` or `themeCues`: the reclassification it needs is for this one. */
    themesVersion: { type: Number, default: 0, min: 0, validate: Number.isInteger },
    allowedOrigins: {
      type: [String],
      validate: [
        {
          validator: (v: string[]) => v.every(isOrigin),
          message: 'must be origins such as "https://shop.example", without path',
        },
        { validator: (v: string[]) => v.length <= 50, message: 'lists more than 50 origins' },
      ],
    },
    recontactDays: { type: Number, default: 90, min: 0, max: 3650, validate: Number.isInteger },
    /** Days an answer keeps its personal fields (`privacy/retention.ts`); null: kept. */
    retentionDays: {
      type: Number,
      default: null,
      min: 1,
      max: 36_500,
      validate: (days: number | null) => days === null || Number.isInteger(days),
    },
    sampleRate: { type: Number, default: 1, min: 0, max: 1 },
    /** Seconds before the survey shows on a page (the script tag's `data-delay` wins). */
    delaySeconds: { type: Number, default: 0, min: 0, max: 600, validate: Number.isInteger },
    /** Fewest answers for which a report gives a segment's NPS. */
    minResponses: { type: Number, default: 30, min: 1, max: 1000, validate: Number.isInteger },
    active: { type: Boolean, default: true },
    /** Listed apart; always inactive (see `surveys.update`). */
    archived: { type: Boolean, default: false },
    /** Which of the survey's link keys signs its links (`links/link-keys.ts`): rotating moves to the next. */
    linkKeyGeneration: { type: Number, default: 1, min: 1, validate: Number.isInteger },
    /** Changes made so far (`survey-revision.model.ts`): a save on an older version is refused, not lost. */
    version: { type: Number, default: 0, min: 0, validate: Number.isInteger },
  },
  { timestamps: true, strict: 'throw' },
);

export type StoredQuestionOverride = InferSchemaType<typeof questionOverrideSchema>;
export type Survey = InferSchemaType<typeof surveySchema>;
export type SurveyDoc = HydratedDocumentFromSchema<typeof surveySchema>;
