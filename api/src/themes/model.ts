import { readFileSync } from 'node:fs';
import { directionOf, type Feature } from './features.ts';
import { type Category, THEMES, type Theme } from './lexicon.ts';

/**
 * One language's learned weights as `train.ts` writes them to `model/<language>.json`: per feature, per theme, a
 * weight and a weight turned by the score's direction (`directionOf`), so that a word can be a detractor's reason and
 * not a promoter's, as `[theme weights..., direction weights...]` in `THEMES` order.
 */
export interface ModelFile {
  readonly bias: readonly number[];
  /** Features of words in many comments ("the", "και"): they weigh, but are never shown as a theme's reason. */
  readonly common: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** A model as the classifier reads it: the file's, in maps (an object of 20,000 keys is slow to look up in). */
export interface LanguageModel {
  readonly bias: readonly number[];
  readonly common: ReadonlySet<string>;
  readonly weights: ReadonlyMap<string, Float64Array>;
}

export function loadModel(file: ModelFile): LanguageModel {
  return {
    bias: file.bias,
    common: new Set(file.common),
    weights: new Map(Object.entries(file.weights).map(([name, row]) => [name, Float64Array.from(row)])),
  };
}

/**
 * A theme's log-odds above which the model gives it: a probability of about one in six, chosen by cross-validation on
 * the development set. Each theme is rare (one comment in six has it), and this cut trades a little precision for
 * much recall, which is what a new trade's words cost.
 */
export const MODEL_THRESHOLD = -1.5;

/** The lower cut for a theme the lexicon gives as a reason in the score's direction (also by cross-validation). */
export const LEXICON_THRESHOLD = -2.5;

const models = new Map<string, LanguageModel | undefined>();

/** The shipped model of a language, read once; none for a language without one. */
export function modelFor(language: string): LanguageModel | undefined {
  if (!models.has(language)) {
    let model: LanguageModel | undefined;
    try {
      model = loadModel(
        JSON.parse(readFileSync(new URL(`./model/${language}.json`, import.meta.url), 'utf8')),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    models.set(language, model);
  }
  return models.get(language);
}

/** Per theme (in `THEMES` order), the log-odds that the comment gives it as a reason. */
export function themeScores(
  model: LanguageModel,
  features: readonly Feature[],
  category: Category,
): number[] {
  const direction = directionOf(category);
  const themes = THEMES.length;
  const scores = [...model.bias];
  for (const feature of features) {
    const weights = model.weights.get(feature.name);
    if (!weights) continue;
    for (let t = 0; t < themes; t++) {
      scores[t] =
        (scores[t] as number) + (weights[t] as number) + direction * (weights[t + themes] as number);
    }
  }
  return scores;
}

/** How much a feature weighs for a theme, in this direction: the words that explain a theme the model gave. */
export function weightOf(model: LanguageModel, feature: Feature, theme: Theme, category: Category): number {
  const weights = model.weights.get(feature.name);
  if (!weights) return 0;
  const t = THEMES.indexOf(theme);
  return (weights[t] as number) + directionOf(category) * (weights[t + THEMES.length] as number);
}
