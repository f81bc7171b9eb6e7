import type { CustomThemeInput, ThemeCueWordsInput } from '@nps/schema/types';
import { BadUserInputError } from '../errors.ts';
import { CUSTOM_THEME_LIMITS, type StoredCustomTheme, type StoredThemeCues } from '../models/custom-theme.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { CUSTOM_SLOTS } from '../themes/lexicon.ts';

interface Normalizable {
  languages?: string[] | null | undefined;
  defaultLanguage?: string | null | undefined;
  markets?: string[] | null | undefined;
  allowedOrigins?: string[] | null | undefined;
  questionOverrides?: { language: string }[] | null | undefined;
  texts?: { language: string }[] | null | undefined;
  customThemes?: CustomThemeInput[] | null | undefined;
  themeCues?: ThemeCueWordsInput[] | null | undefined;
}

/** Input as people type it (`EL`, ` gr`, `https://shop.example/`) brought to the stored form before validation. */
export function normalize<T extends Normalizable>(input: T): T {
  const origin = (value: string) => {
    try {
      return new URL(value.trim()).origin;
    } catch {
      return value;
    }
  };
  return {
    ...input,
    ...(input.languages && { languages: input.languages.map((l) => l.trim().toLowerCase()) }),
    ...(input.defaultLanguage && { defaultLanguage: input.defaultLanguage.trim().toLowerCase() }),
    ...(input.markets && { markets: input.markets.map((m) => m.trim().toUpperCase()) }),
    ...(input.allowedOrigins && { allowedOrigins: input.allowedOrigins.map(origin) }),
    ...(input.questionOverrides && {
      questionOverrides: input.questionOverrides.map((o) => ({
        ...o,
        language: o.language.trim().toLowerCase(),
      })),
    }),
    ...(input.texts && {
      texts: input.texts.map((t) => ({ ...t, language: t.language.trim().toLowerCase() })),
    }),
    ...(input.customThemes && {
      customThemes: input.customThemes.map((theme) => ({
        code: theme.code.trim().toUpperCase(),
        texts: theme.texts.map((text) => ({
          language: text.language.trim().toLowerCase(),
          name: text.name.trim(),
          cues: text.cues.map((cue) => cue.trim()),
        })),
      })),
    }),
    ...(input.themeCues && {
      themeCues: input.themeCues.map(({ theme, language, cues }) => ({
        theme,
        language: language.trim().toLowerCase(),
        cues: cues.map((cue) => cue.trim()),
      })),
    }),
  };
}

/** What the classifier and reports read of a survey's own themes, to tell whether a change changed them. */
export const themesKey = (themes: readonly (CustomThemeInput & { slot: string })[]) =>
  JSON.stringify(
    themes.map(({ slot, code, texts }) => [
      slot,
      code,
      texts.map(({ language, name, cues }) => [language, name, [...cues]]),
    ]),
  );

/** A survey's own cues for the built-in themes, as `normalize` gives them, to tell whether a change changed them. */
export const cuesOf = (survey: SurveyDoc) =>
  (survey.toObject().themeCues as StoredThemeCues[]).map(({ theme, language, cues }) => ({
    theme,
    language,
    cues,
  }));

/**
 * The survey's own themes as given, each counted in a slot: a theme kept (by code) in its own, a new one in the
 * first that none of them holds. A slot freed and taken again counts the new theme once the reclassification that
 * the change starts is done (until then, older comments count as they were classified).
 */
export function withSlots(
  themes: readonly CustomThemeInput[],
  before: readonly StoredCustomTheme[],
): (CustomThemeInput & { slot: string })[] {
  if (themes.length > CUSTOM_THEME_LIMITS.themes) {
    throw new BadUserInputError(
      `customThemes: a survey has at most ${CUSTOM_THEME_LIMITS.themes} themes of its own (${themes.length} given).`,
      'customThemes',
    );
  }
  const kept = new Map(before.map((theme) => [theme.code, theme.slot]));
  const taken = new Set(themes.flatMap((theme) => kept.get(theme.code) ?? []));
  const free = CUSTOM_SLOTS.filter((slot) => !taken.has(slot));
  return themes.map((theme) => ({ ...theme, slot: kept.get(theme.code) ?? (free.shift() as string) }));
}

/** Leaves out the fields a client sent as null: "unchanged" for an update, "default" for a create. */
export function present<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}
