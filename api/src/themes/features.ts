import type { Category } from './lexicon.ts';
import { type CueMatch, type LexiconReading, readLexicon } from './lexicon-matches.ts';
import { type Token, tokenize, type WordForm } from './normalise.ts';

/** One feature the learned model weighs, and the word it came from (none for the lexicon's and the score's). */
export interface Feature {
  readonly name: string;
  readonly token?: number;
}

/**
 * The direction of a category, by which the model turns a word's weight: a detractor's "rude" is a reason, a
 * promoter's is not. -1 detractor, 0 passive, +1 promoter.
 */
export const directionOf = (category: Category): -1 | 0 | 1 =>
  category === 'DETRACTOR' ? -1 : category === 'PROMOTER' ? 1 : 0;

/** Word starts stand in for stems where a stemmer is light (Macedonian) or a word is new or mistyped. */
const PREFIXES = [4, 6];

/** The most features a word has (`wordFeatures`). */
export const WORD_FEATURES = 1 + PREFIXES.length;

/**
 * What the model reads of a comment: each word's stem and its first letters (a negated word apart: "not expensive"
 * is not "expensive"), the lexicon's cues by theme and polarity, and the
 * score's category. Each feature once.
 */
export function featuresOf(
  tokens: readonly Token[],
  negated: readonly boolean[],
  cues: readonly CueMatch[],
  category: Category,
): Feature[] {
  const features = new Map<string, Feature>();
  const add = (name: string, token?: number) => {
    if (!features.has(name)) features.set(name, token === undefined ? { name } : { name, token });
  };
  add(categoryFeature(category));
  tokens.forEach((token, i) => {
    for (const name of wordFeatures(token.form, negated[i] ?? false)) add(name, i);
  });
  for (const cue of cues) add(cueFeature(cue));
  return [...features.values()];
}

export const categoryFeature = (category: Category): string => `category:${category}`;

export const cueFeature = (cue: Pick<CueMatch, 'theme' | 'polarity'>): string =>
  `lexicon:${cue.theme ?? 'judgement'}:${cue.polarity}`;

/** A word's features: its stem and its first letters, apart when a negation reaches it. */
export function wordFeatures(form: WordForm, negated: boolean): string[] {
  const not = negated ? '!' : '';
  const names = [`${not}w:${form.stem}`];
  for (const length of PREFIXES) {
    if (form.folded.length > length) names.push(`${not}p:${form.folded.slice(0, length)}`);
  }
  return names;
}

/** A comment as training reads it: its tokens, the lexicon's reading and cues, and the model's features. */
export interface ReadComment {
  readonly tokens: Token[];
  readonly reading: LexiconReading;
  readonly cues: CueMatch[];
  readonly features: Feature[];
}

export function readComment(text: string, language: string, category: Category): ReadComment {
  const tokens = tokenize(text, language);
  const reading = readLexicon(tokens, language);
  const { cues, negated } = reading;
  return { tokens, reading, cues, features: featuresOf(tokens, negated, cues, category) };
}
