import { readFileSync } from 'node:fs';
import { seededRandom } from '../services/random.ts';
import { type Category, classify, THEMES, type Theme } from './classifier.ts';
import { type LanguageModel, modelFor } from './model.ts';

/** The languages with a lexicon and a labelled set. */
export const THEME_LANGUAGES = ['id', 'mk', 'ro', 'el', 'tr', 'en'] as const;

export interface Labelled {
  readonly score: number;
  readonly themes: readonly Theme[];
  readonly comment: string;
  /** Line in the file, for messages. */
  readonly line: number;
}

export interface ThemeAccuracy {
  readonly theme: Theme;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Comments labelled with it. */
  readonly support: number;
}

export interface Accuracy {
  readonly language: string;
  readonly comments: number;
  readonly themes: ThemeAccuracy[];
  /** The mean of the themes' F1. */
  readonly macroF1: number;
  /** Comments whose themes came out exactly as labelled. */
  readonly exact: number;
  readonly misses: { line: number; comment: string; expected: Theme[]; got: Theme[] }[];
  /** Per comment, per theme in `THEMES` order: whether it was labelled, and whether it was found. */
  readonly outcomes: readonly (readonly Outcome[])[];
}

export interface Outcome {
  readonly expected: boolean;
  readonly found: boolean;
}

export const categoryOf = (score: number): Category =>
  score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';

/**
 * The sets: `development`, which the lexicons were written against, and `held-out`, written after them and never
 * used to change them (so its figures are the honest ones).
 */
export type LabelledSet = 'development' | 'held-out';

/** A labelled set (`labelled/[held-out/]<language>.tsv`: score, comma-separated themes, comment; a header row). */
export function readLabelled(language: string, set: LabelledSet = 'development'): Labelled[] {
  const folder = set === 'held-out' ? './labelled/held-out/' : './labelled/';
  const text = readFileSync(new URL(`${folder}${language}.tsv`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((row, index) => ({ row, line: index + 1 }))
    .slice(1)
    .filter(({ row }) => row.trim())
    .map(({ row, line }) => {
      const [score = '', themes = '', comment = ''] = row.split('\t');
      const labels = themes ? themes.split(',').map((theme) => theme.trim()) : [];
      for (const label of labels) {
        if (!THEMES.includes(label as Theme))
          throw new Error(`${language}.tsv:${line}: unknown theme "${label}"`);
      }
      return { score: Number(score), themes: labels as Theme[], comment, line };
    });
}

/**
 * Precision, recall and F1 per theme of the classifier on a labelled set: with the shipped model, or `model` (per
 * comment, for cross-validation's folds).
 */
export function accuracy(
  language: string,
  set: readonly Labelled[],
  model?: LanguageModel | ((row: Labelled) => LanguageModel),
): Accuracy {
  const misses: Accuracy['misses'] = [];
  const outcomes: Outcome[][] = [];
  let exact = 0;
  for (const row of set) {
    const { score, themes, comment, line } = row;
    const used = typeof model === 'function' ? model(row) : (model ?? modelFor(language));
    const got = classify(comment, language, categoryOf(score), used).themes;
    outcomes.push(THEMES.map((theme) => ({ expected: themes.includes(theme), found: got.includes(theme) })));
    const same = got.length === themes.length && got.every((theme) => themes.includes(theme));
    if (same) exact++;
    else misses.push({ line, comment, expected: [...themes], got });
  }
  const perTheme = themeAccuracy(outcomes);
  return {
    language,
    comments: set.length,
    themes: perTheme,
    macroF1: macroF1(perTheme),
    exact,
    misses,
    outcomes,
  };
}

const macroF1 = (themes: readonly ThemeAccuracy[]) =>
  themes.reduce((sum, theme) => sum + theme.f1, 0) / themes.length;

/** Precision, recall and F1 per theme over comments' outcomes (`indices`: which comments, repeats allowed). */
function themeAccuracy(
  outcomes: readonly (readonly Outcome[])[],
  indices: Iterable<number> = outcomes.keys(),
): ThemeAccuracy[] {
  const tally = THEMES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const index of indices) {
    (outcomes[index] as readonly Outcome[]).forEach(({ expected, found }, t) => {
      const counts = tally[t] as { tp: number; fp: number; fn: number };
      if (expected && found) counts.tp++;
      else if (found) counts.fp++;
      else if (expected) counts.fn++;
    });
  }
  return THEMES.map((theme, t) => {
    const { tp, fp, fn } = tally[t] as { tp: number; fp: number; fn: number };
    // No labels and no predictions: nothing to get wrong.
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { theme, precision, recall, f1, support: tp + fn };
  });
}

/**
 * The 95% interval of a set's macro-F1: a percentile bootstrap, the set's comments drawn again with replacement
 * `draws` times, from a fixed seed so that every run prints the same. Sixty comments a language leave a wide one, and
 * a difference inside it is not one the set can show.
 */
export function macroF1Interval(result: Accuracy, draws = 2_000): [number, number] {
  const { outcomes } = result;
  const random = seededRandom(0x9e3779b9);
  const indices = new Uint32Array(outcomes.length);
  const values = Array.from({ length: draws }, () => {
    for (let i = 0; i < indices.length; i++) indices[i] = Math.floor(random() * outcomes.length);
    return macroF1(themeAccuracy(outcomes, indices));
  }).sort((a, b) => a - b);
  return [values[Math.floor(draws * 0.025)] as number, values[Math.ceil(draws * 0.975) - 1] as number];
}
