import type { Category } from './classifier.ts';
import type { ThemeCorrection } from './corrections.ts';
import { classifyFor, type SurveyThemes } from './custom-themes.ts';
import { THEMES } from './lexicon.ts';
import { readLexicon } from './lexicon-matches.ts';
import { modelFor } from './model.ts';
import { fold, tokenize } from './normalise.ts';

/** A word the survey's corrections suggest as a cue of a theme in a language. */
export interface CueSuggestion {
  /** A built-in theme, or the code of one of the survey's own. */
  readonly theme: string;
  readonly custom: boolean;
  readonly language: string;
  readonly cue: string;
  /** The corrected comments it stands in. */
  readonly comments: number;
}

/** The latest corrected answers read for suggestions: enough for a survey's vocabulary, bounded in time. */
export const SUGGESTED_FROM = 2_000;
/** A word must stand in this many of a theme's corrected comments to be suggested. */
const LEAST_COMMENTS = 2;
const PER_THEME = 5;
/** Shorter words are mostly grammar ("the", "ve", "и"): never suggested. */
const SHORTEST = 4;

interface Corrected {
  readonly comment?: string | null | undefined;
  readonly language: string;
  readonly category: Category;
  readonly themeCorrections?: readonly ThemeCorrection[] | null | undefined;
}

/** Per theme and language, per word stem: the comments it stands in, and how each writes it. */
type Tally = Map<string, { comments: number; forms: Map<string, number>; stemForm: string | undefined }>;

/**
 * Cue words suggested by people's corrections: where a person gave a comment a theme the classifier (with the survey's
 * cues) did not find, the comment's words are candidates for that theme's cues in its language. A word is suggested
 * once it stands in `LEAST_COMMENTS` such comments; not a word of the lexicon's cues or judgements there, not one of
 * the language's most common words, not one the survey has as a cue of the theme already. As the stem when a
 * comment writes it so (the cue then matches its other forms), else its most frequent form.
 */
export function suggestCues(answers: readonly Corrected[], survey: SurveyThemes): CueSuggestion[] {
  const codes = new Map((survey.customThemes ?? []).map(({ slot, code }) => [slot, code]));
  const tallies = new Map<string, Tally>();
  for (const answer of answers) {
    const added = (answer.themeCorrections ?? []).filter(
      (correction) =>
        correction.present && (!correction.code || codes.get(correction.theme) === correction.code),
    );
    if (!added.length || !answer.comment) continue;
    const { language } = answer;
    const found = classifyFor(answer.comment, language, answer.category, survey);
    const missed = added.filter(({ theme }) => ![...found.themes, ...found.custom].includes(theme as never));
    if (!missed.length) continue;
    const words = candidates(answer.comment, language);
    for (const { theme } of missed) {
      const key = `${theme}\u0000${language}`;
      const tally: Tally = tallies.get(key) ?? new Map();
      tallies.set(key, tally);
      for (const [stem, form] of words) {
        const entry = tally.get(stem) ?? { comments: 0, forms: new Map(), stemForm: undefined };
        entry.comments++;
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        if (fold(form, language) === stem) entry.stemForm = form;
        tally.set(stem, entry);
      }
    }
  }
  const suggestions: CueSuggestion[] = [];
  for (const [key, tally] of tallies) {
    const [theme = '', language = ''] = key.split('\u0000');
    const custom = codes.has(theme);
    const known = knownCues(survey, theme, language);
    const best = [...tally]
      .filter(([stem, entry]) => entry.comments >= LEAST_COMMENTS && !known.has(stem))
      .sort(([a, x], [b, y]) => y.comments - x.comments || (a < b ? -1 : 1))
      .slice(0, PER_THEME);
    for (const [, entry] of best) {
      const cue =
        entry.stemForm ?? [...entry.forms].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
      if (cue) {
        suggestions.push({
          theme: custom ? (codes.get(theme) as string) : theme,
          custom,
          language,
          cue,
          comments: entry.comments,
        });
      }
    }
  }
  return suggestions.sort(
    (a, b) =>
      Number(a.custom) - Number(b.custom) ||
      (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0) ||
      (a.language < b.language ? -1 : a.language > b.language ? 1 : 0) ||
      b.comments - a.comments,
  );
}

/** A comment's candidate words, once each: by stem, with the form it is written in (lower case). */
function candidates(comment: string, language: string): Map<string, string> {
  const tokens = tokenize(comment, language);
  const { cues } = readLexicon(tokens, language);
  const inCue = new Set(
    cues.flatMap(({ first, last }) => Array.from({ length: last - first + 1 }, (_, i) => first + i)),
  );
  const common = modelFor(language)?.common;
  const words = new Map<string, string>();
  tokens.forEach((token, i) => {
    if (inCue.has(i) || token.form.folded.length < SHORTEST || /\d/.test(token.form.folded)) return;
    if (common?.has(`w:${token.form.stem}`)) return;
    if (!words.has(token.form.stem))
      words.set(token.form.stem, comment.slice(token.start, token.end).toLocaleLowerCase(language));
  });
  return words;
}

/** The stems the survey has as cues of a theme (by key: a built-in theme or a slot) in a language already. */
function knownCues(survey: SurveyThemes, theme: string, language: string): Set<string> {
  const cues = (THEMES as readonly string[]).includes(theme)
    ? (survey.themeCues ?? [])
        .filter((entry) => entry.theme === theme && entry.language === language)
        .flatMap((entry) => entry.cues)
    : ((survey.customThemes ?? []).find(({ slot }) => slot === theme)?.texts ?? [])
        .filter((text) => text.language === language)
        .flatMap((text) => text.cues);
  return new Set(
    cues.flatMap((cue) => tokenize(cue.replace(/\*/g, ''), language).map((token) => token.form.stem)),
  );
}
