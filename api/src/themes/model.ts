import { readFileSync } from 'node:fs';
import { directionOf, type Feature } from './features.ts';
import { type Category, THEMES, type Theme } from './lexicon.ts';

/**
 * One language's learned weights: per feature, per theme, a weight and a weight turned by the score's direction
 * (`directionOf`), so that a word can be a detractor's reason and not a promoter's. Written by `train.ts` into
 * `model/<language>.json` as `[theme weights..., direction weights...]`, in `THEMES` order.
 */
export interface LanguageModel {
  readonly bias: readonly number[];
  /** Features of words in many comments ("the", "και"): they weigh, but are never shown as a theme's reason. */
  readonly common: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
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
      model = JSON.parse(readFileSync(new URL(`./model/${language}.json`, import.meta.url), 'utf8'));
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
  const scores = [...model.bias];
  for (const feature of features) {
    const weights = model.weights[feature.name];
    if (!weights) continue;
    for (let t = 0; t < THEMES.length; t++) {
      scores[t] = (scores[t] ?? 0) + (weights[t] ?? 0) + direction * (weights[t + THEMES.length] ?? 0);
    }
  }
  return scores;
}

/** How much a feature weighs for a theme, in this direction: the words that explain a theme the model gave. */
export function weightOf(model: LanguageModel, feature: Feature, theme: Theme, category: Category): number {
  const weights = model.weights[feature.name];
  if (!weights) return 0;
  const t = THEMES.indexOf(theme);
  return (weights[t] ?? 0) + directionOf(category) * (weights[t + THEMES.length] ?? 0);
}
