import { type InferSchemaType, Schema } from 'mongoose';
import { CUSTOM_SLOTS, THEMES } from '../themes/lexicon.ts';
import { LANGUAGE } from './validators.ts';

// The rules live with the contract, so that the console checks a theme as the API will (the survey model runs them).
export { CUSTOM_THEME_LIMITS, customThemesProblem, themeCuesProblem } from '@nps/schema/custom-themes';

const customThemeTextSchema = new Schema(
  {
    language: { type: String, required: true, match: LANGUAGE },
    // Their lengths are checked by `customThemesProblem` on the survey, which names the theme and language.
    name: { type: String, required: true, trim: true },
    cues: { type: [{ type: String, trim: true }], default: [] },
  },
  { _id: false },
);

/**
 * A survey's own comment theme: found by its cue words in the answer's language, counted in the pre-aggregates under
 * its `slot` (which answers' `themes` hold), reported under its `code`.
 */
export const customThemeSchema = new Schema(
  {
    slot: { type: String, required: true, enum: CUSTOM_SLOTS },
    code: { type: String, required: true },
    texts: { type: [customThemeTextSchema], default: [] },
  },
  { _id: false },
);

export type StoredCustomTheme = InferSchemaType<typeof customThemeSchema>;

/** A survey's own cue words for a built-in theme in one language (`Survey.themeCues`). */
export const themeCuesSchema = new Schema(
  {
    theme: { type: String, required: true, enum: THEMES },
    language: { type: String, required: true, match: LANGUAGE },
    cues: { type: [{ type: String, trim: true }], default: [] },
  },
  { _id: false },
);

export type StoredThemeCues = InferSchemaType<typeof themeCuesSchema>;
