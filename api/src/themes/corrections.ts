import { type Category, classify } from './classifier.ts';
import { type CustomThemeCues, topicsFor } from './custom-themes.ts';
import { THEMES, type Theme, type ThemeKey } from './lexicon.ts';
import { modelFor } from './model.ts';

/** A person's word on one theme of one comment: it has it (`present`) or not, whatever the classifier finds. */
export interface ThemeCorrection {
  readonly theme: Theme;
  readonly present: boolean;
  /** Who made it: `user:<id>`, a read token's id, or `admin` (as the audit log names them). */
  readonly by: string;
  readonly at: Date;
}

/** The themes found, corrected: a theme a person added or removed is as they said, the others as found. */
export function correctedThemes(
  found: readonly Theme[],
  corrections: readonly ThemeCorrection[] = [],
): Theme[] {
  return THEMES.filter((theme) => {
    const correction = corrections.find((each) => each.theme === theme);
    return correction ? correction.present : found.includes(theme);
  });
}

/** The corrections with one theme's set, replaced, or dropped (`present` null: the classifier's word again). */
export function withCorrection(
  corrections: readonly ThemeCorrection[] = [],
  theme: Theme,
  present: boolean | null,
  by: string,
  at: Date,
): ThemeCorrection[] {
  const others = corrections.filter((each) => each.theme !== theme);
  return present === null ? others : [...others, { theme, present, by, at }];
}

/**
 * What an answer's themes are, as counted: its comment classified (with the survey's own themes, `custom`), then its
 * corrections applied. The built-in themes first, then the survey's own by slot.
 */
export function answerThemes(
  answer: {
    readonly comment?: string | null | undefined;
    readonly language: string;
    readonly category: Category;
    readonly themeCorrections?: readonly ThemeCorrection[] | null | undefined;
  },
  custom?: readonly CustomThemeCues[] | null,
): ThemeKey[] {
  const { language } = answer;
  const found = classify(
    answer.comment,
    language,
    answer.category,
    modelFor(language),
    topicsFor(custom, language),
  );
  return [...correctedThemes(found.themes, answer.themeCorrections ?? []), ...found.custom];
}

/** `answerThemes` for the answers of a survey with these themes of its own. */
export const themesWith =
  (custom: readonly CustomThemeCues[] | null | undefined) =>
  (answer: Parameters<typeof answerThemes>[0]): ThemeKey[] =>
    answerThemes(answer, custom);
