import { directionOf } from './features.ts';
import {
  type Category,
  CUSTOM_SLOTS,
  type CustomSlot,
  THEMES,
  type Theme,
  type ThemeKey,
} from './lexicon.ts';
import {
  type CueMatch,
  hasLexicon,
  type LexiconReading,
  type Polarity,
  readLexicon,
  readTopics,
  type Topics,
} from './lexicon-matches.ts';
import { type LanguageModel, LEXICON_CUTS, MODEL_CUTS, type ModelReading, modelFor } from './model.ts';
import { type Token, tokenize } from './normalise.ts';

export { type Category, THEMES, type Theme } from './lexicon.ts';
export type { Polarity } from './lexicon-matches.ts';

/** Where a theme was found in a comment, and why: the dashboard highlights `start`..`end` (as text). */
export interface ThemeMatch {
  /** A built-in theme, or the slot of one of the survey's own. */
  readonly theme: ThemeKey;
  readonly polarity: Polarity;
  /** A negation ("not", "δεν", "değil") turned the cue's polarity round. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  /** Whether it makes the theme one of the answer's: a reason in the direction of its score. */
  readonly counted: boolean;
  /** A cue word of the lexicon, a word the learned model weighs for the theme, or a cue of the survey's own theme. */
  readonly source: 'LEXICON' | 'MODEL' | 'SURVEY';
}

export interface Classification {
  /** In `THEMES` order. */
  readonly themes: Theme[];
  /** The survey's own themes found, by slot, in slot order. */
  readonly custom: CustomSlot[];
  readonly matches: ThemeMatch[];
}

/** Whether a cue of this polarity gives a reason for a score of this category. */
function counts(polarity: Polarity, category: Category): boolean {
  if (category === 'DETRACTOR') return polarity <= 0;
  if (category === 'PROMOTER') return polarity >= 0;
  return true;
}

/**
 * The themes of a comment: the reasons it gives for its score. Deterministic and explainable, in two steps:
 * - the language's **lexicon** of cue words and phrases, each praising, criticising or only naming a theme, matched
 *   against the comment's words folded and stemmed; a negation turns a cue round, a theme only named takes the
 *   polarity of a judgement in its clause ("slow", "not bad"), and a cue counts only in the score's direction;
 * - a **learned model** (`train.ts`, a logistic regression per theme over the words, their first letters, the
 *   lexicon's cues and the score's category) decides, so that words no lexicon has still give a theme; a theme the
 *   lexicon gives as a reason needs as much of it on the whole comment or on the clauses that give it, and no words
 *   of the model's to show, and one the lexicon reads only against the score's direction is not given.
 * Each theme says which words gave it: the lexicon's cues, else the words the model weighs most for it. Languages
 * without a lexicon get no themes; without a category a comment is read as a passive's (both directions). `model` is
 * the shipped one unless given (cross-validation gives each fold's).
 *
 * A survey's own cues (`topics`, from `custom-themes.ts`: for its own themes, and for the built-in ones beside the
 * lexicon) are read as a built-in theme only named: each takes its clause's judgement, and gives its theme when that
 * is in the score's direction. They add themes; they take none away.
 */
export function classify(
  text: string | null | undefined,
  language: string,
  category: Category = 'PASSIVE',
  model: LanguageModel | undefined = modelFor(language),
  topics?: Topics,
): Classification {
  if (!text || !hasLexicon(language)) return { themes: [], custom: [], matches: [] };
  const tokens = tokenize(text, language);
  const reading = readLexicon(tokens, language);
  const { cues } = reading;
  const inLexicon = new Set<Theme>();
  const given = new Set<Theme>();
  for (const cue of cues) {
    if (!cue.theme) continue;
    inLexicon.add(cue.theme);
    if (counts(cue.polarity, category)) given.add(cue.theme);
  }
  const reason = (theme: Theme) => given.has(theme);
  // The lexicon's reading against the score's direction stands: a detractor who praises the staff gives no STAFF.
  const against = (theme: Theme) => inLexicon.has(theme) && !reason(theme);
  const read = model?.read(tokens, reading.negated, cues, category);
  const reasons = new Map<Theme, ThemeMatch[]>();
  const opposed = opposedClauses(reading, category);
  const themes = THEMES.filter((theme, t) => {
    if (!model || !read) return reason(theme);
    const score = read.scores[t] as number;
    if (against(theme)) return false;
    if (reason(theme)) {
      const cut = LEXICON_CUTS[t] as number;
      return score > cut || clauseScore(model, tokens, reading, t, category) > cut;
    }
    // A theme the model gives alone must say which words gave it: a score from the category alone is no reason.
    const words =
      score > (MODEL_CUTS[t] as number) ? modelReasons(model, read, t, tokens, category, opposed) : [];
    reasons.set(theme, words);
    return words.length > 0;
  });
  const matches: ThemeMatch[] = [];
  for (const cue of cues) {
    if (cue.theme) {
      matches.push(
        lexiconMatch(cue, cue.theme, tokens, themes.includes(cue.theme) && counts(cue.polarity, category)),
      );
    }
  }
  for (const theme of themes) matches.push(...(reasons.get(theme) ?? []));
  const named = topics ? surveyCues(tokens, language, topics, reading, category) : { found: [], matches: [] };
  matches.push(...named.matches);
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    themes: THEMES.filter((theme) => themes.includes(theme) || named.found.includes(theme)),
    custom: CUSTOM_SLOTS.filter((slot) => named.found.includes(slot)),
    matches,
  };
}

/**
 * The model's score for a theme (by its index in `THEMES`) that the lexicon gives as a reason, read on the clauses
 * that give it alone. The model learned from comments that mostly give one reason, so one reason's words weigh down
 * the others: in a detractor's "way too expensive, and the courier was late" the price words would drown DELIVERY.
 */
function clauseScore(
  model: LanguageModel,
  tokens: readonly Token[],
  reading: LexiconReading,
  t: number,
  category: Category,
): number {
  const clauses = reading.context?.clauses;
  if (!clauses) return Number.NEGATIVE_INFINITY;
  const theme = THEMES[t];
  // Each clause is a run of tokens, found from one of its cues outwards rather than by looking at every token.
  const starts = new Map<number, number>();
  for (const cue of reading.cues) {
    const clause = clauses[cue.first] as number;
    if (cue.theme !== theme || !counts(cue.polarity, category) || starts.has(clause)) continue;
    let start = cue.first;
    while (start > 0 && clauses[start - 1] === clause) start--;
    starts.set(clause, start);
  }
  const spans: number[] = [];
  for (const [clause, start] of [...starts].sort(([a], [b]) => a - b)) {
    let end = start + 1;
    while (end < tokens.length && clauses[end] === clause) end++;
    spans.push(start, end);
  }
  // A cue's words stand in one clause.
  const cues = reading.cues.filter((cue) => starts.has(clauses[cue.first] as number));
  return model.score(tokens, reading.negated, cues, category, t, spans);
}

/** The survey's own cues in a comment: the themes they give (built-in or its own), and where. */
function surveyCues(
  tokens: readonly Token[],
  language: string,
  topics: Topics,
  reading: LexiconReading,
  category: Category,
) {
  const found: ThemeKey[] = [];
  const matches: ThemeMatch[] = [];
  for (const named of readTopics(tokens, language, topics, reading)) {
    const theme = named.key as ThemeKey;
    const counted = counts(named.polarity, category);
    if (counted && !found.includes(theme)) found.push(theme);
    matches.push({
      theme,
      polarity: named.polarity,
      negated: false,
      start: (tokens[named.first] as Token).start,
      end: (tokens[named.last] as Token).end,
      counted,
      source: 'SURVEY',
    });
  }
  return { found, matches };
}

function lexiconMatch(cue: CueMatch, theme: Theme, tokens: readonly Token[], counted: boolean): ThemeMatch {
  return {
    theme,
    polarity: cue.polarity,
    negated: cue.negated,
    start: (tokens[cue.first] as Token).start,
    end: (tokens[cue.last] as Token).end,
    counted,
    source: 'LEXICON',
  };
}

/**
 * Whether a token stands in a clause the lexicon reads against the score's direction (a promoter's "far too
 * expensive"): the model's words there give no theme, as the lexicon's cues there give none.
 */
function opposedClauses(reading: LexiconReading, category: Category): (token: number) => boolean {
  const clauses = reading.context?.clauses;
  const opposed = new Set<number>();
  if (!clauses) return () => false;
  for (const cue of reading.cues)
    if (!counts(cue.polarity, category)) opposed.add(clauses[cue.first] as number);
  return (token) => opposed.has(clauses[token] as number);
}

/**
 * The words the model weighs most for a theme (by its index in `THEMES`) it gave without a cue of the lexicon, none
 * from a clause the lexicon reads against the score's direction (`opposed`).
 */
function modelReasons(
  model: LanguageModel,
  read: ModelReading,
  t: number,
  tokens: readonly Token[],
  category: Category,
  opposed: (token: number) => boolean,
): ThemeMatch[] {
  const polarity: Polarity = directionOf(category);
  return model.reasons(read, t, opposed).map((index) => {
    const token = tokens[index] as Token;
    return {
      theme: THEMES[t] as Theme,
      polarity,
      negated: false,
      start: token.start,
      end: token.end,
      counted: true,
      source: 'MODEL',
    };
  });
}
