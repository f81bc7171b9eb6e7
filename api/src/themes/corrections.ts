import type { Category } from './classifier.ts';
import { classifyFor, type SurveyThemes } from './custom-themes.ts';
import { type CustomSlot, THEMES, type Theme, type ThemeKey } from './lexicon.ts';

/** A person's word on one theme of one comment: it has it (`present`) or not, whatever the classifier finds. */
export interface ThemeCorrection {
  /** A built-in theme, or the slot of one of the survey's own. */
  readonly theme: ThemeKey;
  /** One of the survey's own: its code (the correction holds while the slot has that theme). */
  readonly code?: string | null | undefined;
  readonly present: boolean;
  /** Who made it: `user:<id>`, a read token's id, or `admin` (as the audit log names them). */
  readonly by: string;
  readonly at: Date;
}

/** The built-in themes found, corrected: a theme a person added or removed is as they said, the others as found. */
export function correctedThemes(
  found: readonly Theme[],
  corrections: readonly ThemeCorrection[] = [],
): Theme[] {
  return THEMES.filter((theme) => {
    const correction = corrections.find((each) => each.theme === theme);
    return correction ? correction.present : found.includes(theme);
  });
}

/** The survey's own themes found (by slot), corrected where a person's correction is for the theme the slot now has. */
function correctedCustom(
  found: readonly CustomSlot[],
  corrections: readonly ThemeCorrection[],
  survey: SurveyThemes | null | undefined,
): CustomSlot[] {
  // Most answers: none found and none corrected, so none to give (without reading the survey's document).
  if (!found.length && !corrections.length) return [];
  return (survey?.customThemes ?? []).flatMap(({ slot, code }) => {
    const correction = corrections.find((each) => each.theme === slot && each.code === code);
    const has = correction ? correction.present : found.includes(slot as CustomSlot);
    return has ? [slot as CustomSlot] : [];
  });
}

/** The corrections with one theme's set, replaced, or dropped (`present` null: the classifier's word again). */
export function withCorrection(
  corrections: readonly ThemeCorrection[] = [],
  theme: ThemeKey,
  present: boolean | null,
  by: string,
  at: Date,
  code?: string,
): ThemeCorrection[] {
  const others = corrections.filter((each) => each.theme !== theme);
  return present === null ? others : [...others, { theme, ...(code && { code }), present, by, at }];
}

/**
 * What an answer's themes are, as counted: its comment classified (with the survey's own cues and themes), then its
 * corrections applied. The built-in themes first, then the survey's own by slot.
 */
export function answerThemes(
  answer: {
    readonly comment?: string | null | undefined;
    readonly language: string;
    readonly category: Category;
    readonly themeCorrections?: readonly ThemeCorrection[] | null | undefined;
  },
  survey?: SurveyThemes | null,
): ThemeKey[] {
  const { language } = answer;
  const found = classifyFor(answer.comment, language, answer.category, survey);
  const corrections = answer.themeCorrections ?? [];
  return [
    ...correctedThemes(found.themes, corrections),
    ...correctedCustom(found.custom, corrections, survey),
  ];
}

/** `answerThemes` for the answers of a survey. */
export const themesWith =
  (survey: SurveyThemes | null | undefined) =>
  (answer: Parameters<typeof answerThemes>[0]): ThemeKey[] =>
    answerThemes(answer, survey);
