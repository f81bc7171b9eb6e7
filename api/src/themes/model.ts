import { readFileSync } from 'node:fs';
import { categoryFeature, cueFeature, directionOf, WORD_FEATURES, wordFeatures } from './features.ts';
import { type Category, THEMES, type Theme } from './lexicon.ts';
import type { CueMatch } from './lexicon-matches.ts';
import type { Token, WordForm } from './normalise.ts';

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

/** What the model reads of a comment: per theme (in `THEMES` order) the log-odds that it gives it as a reason. */
export interface ModelReading {
  readonly scores: Float64Array;
  /** The features it has weights for (by number), each once, in the order `featuresOf` gives them. */
  readonly features: Int32Array;
  /** Beside each feature, the word it came from: -1 for the lexicon's and the score's. */
  readonly tokens: Int32Array;
  /** The score's category's (`directionOf`). */
  readonly direction: number;
}

/** A reading being made: its features and their words in arrays as long as they may be, the first `count` used. */
interface Weighing extends ModelReading {
  count: number;
}

const POLARITIES = [-1, 0, 1] as const;
const CATEGORIES: readonly Category[] = ['DETRACTOR', 'PASSIVE', 'PROMOTER'];

/** A weight as `train.ts` writes it, two decimals, in hundredths; anything else is not a model of ours. */
function hundredths(weight: number): number {
  const value = Math.round(weight * 100);
  if (Math.abs(value - weight * 100) > 1e-6 || Math.abs(value) > 0x7fff) {
    throw new Error(`model: the weight ${weight} is not of two decimals within ±327.67`);
  }
  return value;
}

/** A word must weigh this much for a theme to be shown as one of the model's reasons for it. */
const EXPLAINING_WEIGHT = 0.5;
/** The model's reasons shown per theme, heaviest first. */
const EXPLAINING_WORDS = 2;

/** A feature's weights: per theme, then per theme turned by the direction. */
const ROW = THEMES.length * 2;

/**
 * A model as the classifier reads it: the file's features numbered, their weights in rows, and each word's features
 * looked up once (`WordForm.memo`), so that a long comment costs little more than its words.
 */
export class LanguageModel {
  /** Features of words in many comments ("the", "και"): they weigh, but are never shown as a theme's reason. */
  readonly common: ReadonlySet<string>;
  #ids: ReadonlyMap<string, number>;
  #categoryIds: ReadonlyMap<Category, number | undefined>;
  /** The numbers of the lexicon's cue features, by theme (none for a judgement), then by polarity + 1. */
  #cueIds: ReadonlyMap<Theme | undefined, readonly (number | undefined)[]>;
  #bias: readonly number[];
  /**
   * Each feature's weights (`ModelFile.weights`), one row after another, in hundredths as the file has them: a row is
   * found without a pointer and takes 20 bytes, so that a language's rows stay in the processor's cache. A weight read
   * is the hundredths over 100, the very number the file's decimal gives.
   */
  #rows: Int16Array;
  #common: readonly boolean[];
  /** Per feature, the last comment that weighed it: each feature counts once per comment. */
  #seen: Uint32Array;
  #comment = 0;
  /**
   * A word's features by number, plain and negated: looked up once per word (`WordForm.memo`), the negated ones when
   * a negation first reaches the word (most words are never negated).
   */
  #wordIds = (form: WordForm) => {
    let not: readonly number[] | undefined;
    return {
      plain: this.#numbered(wordFeatures(form, false)),
      not: () => (not ??= this.#numbered(wordFeatures(form, true))),
    };
  };

  constructor(file: ModelFile) {
    this.common = new Set(file.common);
    const names = Object.keys(file.weights);
    this.#ids = new Map(names.map((name, id) => [name, id]));
    this.#categoryIds = new Map(
      CATEGORIES.map((category) => [category, this.#ids.get(categoryFeature(category))]),
    );
    this.#cueIds = new Map(
      [...THEMES, undefined].map((theme) => [
        theme,
        POLARITIES.map((polarity) => this.#ids.get(cueFeature({ theme, polarity }))),
      ]),
    );
    this.#bias = file.bias;
    this.#rows = new Int16Array(names.length * ROW);
    names.forEach((name, id) => {
      const row = file.weights[name] ?? [];
      if (row.length !== ROW) throw new Error(`model: ${name} has ${row.length} weights, not ${ROW}`);
      this.#rows.set(row.map(hundredths), id * ROW);
    });
    this.#common = names.map((name) => this.common.has(name));
    this.#seen = new Uint32Array(names.length);
  }

  /** The comment's features as `featuresOf` names them, read by number; those without weights add nothing. */
  read(
    tokens: readonly Token[],
    negated: readonly boolean[],
    cues: readonly CueMatch[],
    category: Category,
  ): ModelReading {
    if (++this.#comment === 0xffffffff) {
      this.#seen.fill(0);
      this.#comment = 1;
    }
    // At most each word's features, the category's and each cue's: typed arrays of that length, no growing.
    const capacity = 1 + WORD_FEATURES * tokens.length + cues.length;
    const reading: Weighing = {
      scores: Float64Array.from(this.#bias),
      features: new Int32Array(capacity),
      tokens: new Int32Array(capacity),
      direction: directionOf(category),
      count: 0,
    };
    this.#weigh(reading, this.#categoryIds.get(category), -1);
    for (let i = 0; i < tokens.length; i++) {
      const words = (tokens[i] as Token).form.memo(this, this.#wordIds);
      const features = negated[i] ? words.not() : words.plain;
      for (let f = 0; f < features.length; f++) this.#weigh(reading, features[f], i);
    }
    for (const cue of cues) this.#weigh(reading, this.#cueIds.get(cue.theme)?.[cue.polarity + 1], -1);
    return {
      scores: reading.scores,
      features: reading.features.subarray(0, reading.count),
      tokens: reading.tokens.subarray(0, reading.count),
      direction: reading.direction,
    };
  }

  /**
   * One theme's log-odds (by its index in `THEMES`) for the tokens of some spans alone (`spans`: start and end pairs,
   * in order) and the cues given, as `read` gives it for those tokens (the same sums in the same order) but without
   * making a reading: `classify` asks it of the clauses that give a theme, up to five times for a long comment.
   */
  score(
    tokens: readonly Token[],
    negated: readonly boolean[],
    cues: readonly CueMatch[],
    category: Category,
    theme: number,
    spans: readonly number[],
  ): number {
    if (++this.#comment === 0xffffffff) {
      this.#seen.fill(0);
      this.#comment = 1;
    }
    const direction = directionOf(category);
    let score = this.#bias[theme] as number;
    const weigh = (feature: number | undefined) => {
      if (feature === undefined || this.#seen[feature] === this.#comment) return;
      this.#seen[feature] = this.#comment;
      const row = feature * ROW;
      // Added one after the other, as `#weigh` adds them: a sum grouped otherwise rounds otherwise at the cut.
      score = score + this.#weight(row + theme) + direction * this.#weight(row + theme + THEMES.length);
    };
    weigh(this.#categoryIds.get(category));
    for (let s = 0; s < spans.length; s += 2) {
      for (let i = spans[s] as number; i < (spans[s + 1] as number); i++) {
        const words = (tokens[i] as Token).form.memo(this, this.#wordIds);
        const features = negated[i] ? words.not() : words.plain;
        for (let f = 0; f < features.length; f++) weigh(features[f]);
      }
    }
    for (const cue of cues) weigh(this.#cueIds.get(cue.theme)?.[cue.polarity + 1]);
    return score;
  }

  /**
   * The words that weigh most for a theme (by its index in `THEMES`), heaviest first, by token: those the model
   * shows as its reasons for a theme it gave without a cue of the lexicon. Words in many comments are never shown,
   * nor those `excluded`.
   */
  reasons(
    reading: ModelReading,
    theme: number,
    excluded: (token: number) => boolean = () => false,
  ): number[] {
    // By token in arrays, not a map: a long comment has hundreds of features.
    let words = 0;
    for (const token of reading.tokens) words = Math.max(words, token + 1);
    const weights = new Float64Array(words);
    const weighed = new Uint8Array(words);
    const shown: number[] = [];
    reading.features.forEach((feature, i) => {
      const token = reading.tokens[i] as number;
      if (token < 0 || this.#common[feature] || excluded(token)) return;
      const row = feature * ROW;
      const weight =
        this.#weight(row + theme) + reading.direction * this.#weight(row + theme + THEMES.length);
      weights[token] = (weights[token] as number) + weight;
      if (!weighed[token]) shown.push(token);
      weighed[token] = 1;
    });
    return shown
      .filter((token) => (weights[token] as number) >= EXPLAINING_WEIGHT)
      .sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b)
      .slice(0, EXPLAINING_WORDS);
  }

  #weigh(reading: Weighing, feature: number | undefined, token: number): void {
    if (feature === undefined || this.#seen[feature] === this.#comment) return;
    this.#seen[feature] = this.#comment;
    reading.features[reading.count] = feature;
    reading.tokens[reading.count] = token;
    reading.count++;
    const { scores, direction } = reading;
    const row = feature * ROW;
    for (let t = 0; t < THEMES.length; t++) {
      scores[t] =
        (scores[t] as number) + this.#weight(row + t) + direction * this.#weight(row + t + THEMES.length);
    }
  }

  #weight(at: number): number {
    return (this.#rows[at] as number) / 100;
  }

  #numbered(names: readonly string[]): number[] {
    const ids: number[] = [];
    for (const name of names) {
      const id = this.#ids.get(name);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }
}

/**
 * Per theme, the log-odds above which the model gives it, chosen by cross-validation on the development set: a
 * probability of about one in four, as each theme is rare (one comment in six has it) and this cut trades a little
 * precision for much recall, which is what a new trade's words cost. `QUALITY`'s is about one in three: it is the
 * commonest theme, and its precision the weaker side (+0.003 in the mean, in every language; any other theme's cut
 * moved by 0.3 either way gave less than 0.001).
 */
const CUTS: Readonly<Record<Theme, number>> = {
  PRICE: -1.2,
  QUALITY: -0.6,
  STAFF: -1.2,
  DELIVERY: -1.2,
  SUPPORT: -1.2,
};

/** `CUTS` in `THEMES` order, as the classifier reads a theme by its index. */
export const MODEL_CUTS: readonly number[] = THEMES.map((theme) => CUTS[theme]);

/**
 * The cuts for a theme the lexicon gives as a reason in the score's direction: the model's own, but met on the whole
 * comment or on the clauses that give it (`classify`), and with no words of the model's to show. Higher ones would
 * make a cue count against its theme; cross-validation preferred them to any lower.
 */
export const LEXICON_CUTS = MODEL_CUTS;

const models = new Map<string, LanguageModel | undefined>();

/** The shipped model of a language, read once; none for a language without one. */
export function modelFor(language: string): LanguageModel | undefined {
  if (!models.has(language)) {
    let model: LanguageModel | undefined;
    try {
      model = new LanguageModel(
        JSON.parse(readFileSync(new URL(`./model/${language}.json`, import.meta.url), 'utf8')),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    models.set(language, model);
  }
  return models.get(language);
}
