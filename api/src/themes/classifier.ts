import { type Lexicon, THEMES, type Theme } from './lexicon.ts';
import { el } from './lexicons/el.ts';
import { en } from './lexicons/en.ts';
import { id } from './lexicons/id.ts';
import { mk } from './lexicons/mk.ts';
import { ro } from './lexicons/ro.ts';
import { tr } from './lexicons/tr.ts';
import { fold, type Token, tokenize } from './normalise.ts';

export { THEMES, type Theme } from './lexicon.ts';

export type Category = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';

/** -1 a complaint, +1 praise, 0 the theme only named. */
export type Polarity = -1 | 0 | 1;

/** Where a theme was found in a comment, and why: the dashboard highlights `start`..`end` (as text). */
export interface ThemeMatch {
  readonly theme: Theme;
  readonly polarity: Polarity;
  /** A negation ("not", "δεν", "değil") turned the cue's polarity round. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  /** Whether it makes the theme one of the answer's: a reason in the direction of its score. */
  readonly counted: boolean;
}

export interface Classification {
  /** In `THEMES` order. */
  readonly themes: Theme[];
  readonly matches: ThemeMatch[];
}

interface Word {
  readonly text: string;
  readonly prefix: boolean;
}

interface Cue {
  /** None for a judgement. */
  readonly theme: Theme | undefined;
  readonly polarity: Polarity;
  readonly words: readonly Word[];
}

/** Cues are looked up by the first three letters of their first word (all of it, for a shorter word). */
const KEY_LENGTH = 3;
const keyOf = (word: string) => word.slice(0, KEY_LENGTH);

/** Whether a cue's words match the tokens from `at` on. */
function matchesAt(cue: Cue, tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < cue.words.length; k++) {
    if (!matches(cue.words[k] as Word, tokens[at + k] as Token)) return false;
  }
  return true;
}

interface Compiled {
  /** By `keyOf` their first word; judgements with no theme. */
  readonly cues: ReadonlyMap<string, readonly Cue[]>;
  readonly negators: readonly Word[];
  readonly negatorsAfter: readonly Word[];
  readonly clauseBreaks: ReadonlySet<string>;
}

/** Words before a cue that a negation reaches across. */
const NEGATION_REACH = 3;

function parse(pattern: string, language: string): Word[] {
  const words: Word[] = [];
  for (const chunk of pattern.trim().split(/\s+/)) {
    const prefix = chunk.endsWith('*');
    // Split as comments are ("mi-au" is two words), so that a pattern's words are the tokens it must meet.
    const parts = tokenize(prefix ? chunk.slice(0, -1) : chunk, language);
    parts.forEach((part, i) => {
      words.push({ text: part.folded, prefix: prefix && i === parts.length - 1 });
    });
  }
  return words;
}

function compile(lexicon: Lexicon, language: string): Compiled {
  const cues = new Map<string, Cue[]>();
  const add = (theme: Theme | undefined, patterns: readonly string[], polarity: Polarity) => {
    for (const pattern of patterns) {
      const words = parse(pattern, language);
      const first = keyOf(words[0]?.text ?? '');
      const list = cues.get(first) ?? [];
      list.push({ theme, polarity, words });
      cues.set(first, list);
    }
  };
  for (const theme of THEMES) {
    const { praise, complaint, topic } = lexicon.cues[theme];
    add(theme, praise, 1);
    add(theme, complaint, -1);
    add(theme, topic, 0);
  }
  add(undefined, lexicon.judgements.good, 1);
  add(undefined, lexicon.judgements.bad, -1);
  return {
    cues,
    negators: lexicon.negators.flatMap((pattern) => parse(pattern, language)),
    negatorsAfter: (lexicon.negatorsAfter ?? []).flatMap((pattern) => parse(pattern, language)),
    clauseBreaks: new Set(lexicon.clauseBreaks.map((word) => fold(word, language))),
  };
}

const LEXICONS: Record<string, Lexicon> = { en, id, mk, ro, el, tr };
const compiled = new Map<string, Compiled>();

function compiledFor(language: string): Compiled | undefined {
  let found = compiled.get(language);
  if (!found) {
    const lexicon = LEXICONS[language];
    if (!lexicon) return undefined;
    found = compile(lexicon, language);
    compiled.set(language, found);
  }
  return found;
}

function matches(word: Word, token: Token): boolean {
  return word.prefix
    ? token.folded.startsWith(word.text) || token.stem.startsWith(word.text)
    : token.folded === word.text || token.stem === word.text;
}

/** Whether a clause ends, or a clause-breaking word ("but") stands, between tokens `from` and `to` (exclusive). */
function clauseBetween(tokens: readonly Token[], from: number, to: number, breaks: ReadonlySet<string>) {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.clauseEnd) return true;
    if (i > from && breaks.has(token.folded)) return true;
  }
  return false;
}

function isNegated(tokens: readonly Token[], first: number, last: number, lexicon: Compiled): boolean {
  for (let i = Math.max(0, first - NEGATION_REACH); i < first; i++) {
    const token = tokens[i];
    if (!token || !lexicon.negators.some((word) => matches(word, token))) continue;
    if (!clauseBetween(tokens, i, first, lexicon.clauseBreaks)) return true;
  }
  for (let i = last + 1; i <= last + 2 && i < tokens.length; i++) {
    const token = tokens[i];
    if (clauseBetween(tokens, last, i, lexicon.clauseBreaks)) break;
    if (token && lexicon.negatorsAfter.some((word) => matches(word, token))) return true;
  }
  return false;
}

/** Whether a cue of this polarity gives a reason for a score of this category. */
function counts(polarity: Polarity, category: Category | undefined): boolean {
  if (category === 'DETRACTOR') return polarity <= 0;
  if (category === 'PROMOTER') return polarity >= 0;
  return true;
}

/**
 * The themes of a comment: the reasons it gives for its score. Deterministic and explainable: the comment's words
 * (folded, and stemmed by the language's stemmer) are matched against the language's lexicon of cue words and
 * phrases, each praising, criticising or only naming a theme; a negation before the cue (after it in Turkish) turns
 * its polarity round, and a theme only named takes the polarity of a judgement in its clause ("slow", "not bad").
 * With the answer's category, a cue counts only in the score's direction: a detractor's praise of the staff is not
 * why they are a detractor. Languages without a lexicon get no themes.
 */
export function classify(
  text: string | null | undefined,
  language: string,
  category?: Category,
): Classification {
  const lexicon = compiledFor(language);
  if (!text || !lexicon) return { themes: [], matches: [] };
  const tokens = tokenize(text, language);
  const clauses = clauseNumbers(tokens, lexicon.clauseBreaks);
  const found: Found[] = [];
  tokens.forEach((token, i) => {
    // The cues that can match: keyed by the start of the word as typed and of its stem (Indonesian stems lose a
    // prefix), as long as the cue's first word or shorter.
    const keys = new Set<string>();
    for (let length = 1; length <= KEY_LENGTH; length++) {
      keys.add(token.folded.slice(0, length));
      keys.add(token.stem.slice(0, length));
    }
    for (const key of keys)
      for (const cue of lexicon.cues.get(key) ?? []) {
        const last = i + cue.words.length - 1;
        if (last >= tokens.length) continue;
        if (!matchesAt(cue, tokens, i)) continue;
        if (clauses[i] !== clauses[last]) continue;
        // A cue that carries its own negation ("не помогнаа") is not turned round again: these languages say "nobody
        // did not help" for "nobody helped" (negative concord).
        const ownNegation = lexicon.negators.some((word) => matches(word, token));
        const negated = !ownNegation && isNegated(tokens, i, last, lexicon);
        const polarity = (negated && cue.polarity !== 0 ? -cue.polarity : cue.polarity) as Polarity;
        const end = (tokens[last] as Token).end;
        found.push({
          cue,
          polarity,
          negated,
          start: token.start,
          end,
          first: i,
          last,
          clause: clauses[i] ?? 0,
        });
      }
  });
  // A longer cue wins over the shorter ones inside it ("on time" over "time").
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: Found[] = [];
  for (const match of found) {
    if (kept.some((other) => other.first <= match.first && match.last <= other.last)) continue;
    kept.push(match);
  }
  kept.sort((a, b) => a.first - b.first);
  const result: ThemeMatch[] = [];
  for (const match of kept) {
    const theme = match.cue.theme;
    if (!theme) continue;
    const polarity = match.polarity === 0 ? judged(match, kept) : match.polarity;
    result.push({
      theme,
      polarity,
      negated: match.negated,
      start: match.start,
      end: match.end,
      counted: counts(polarity, category),
    });
  }
  const themes = THEMES.filter((theme) => result.some((match) => match.theme === theme && match.counted));
  return { themes, matches: result };
}

interface Found {
  readonly cue: Cue;
  readonly polarity: Polarity;
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly clause: number;
}

/** Each token's clause, counted from 0: a new one after punctuation or at a clause-breaking word. */
function clauseNumbers(tokens: readonly Token[], breaks: ReadonlySet<string>): number[] {
  let clause = 0;
  return tokens.map((token, i) => {
    if (i > 0 && (tokens[i - 1]?.clauseEnd || breaks.has(token.folded))) clause++;
    return clause;
  });
}

/**
 * The polarity of a theme only named: that of its own theme's nearest praise or complaint in the clause, else of
 * the nearest judgement there, else none.
 */
function judged(named: Found, all: readonly Found[]): Polarity {
  let best: Found | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const other of all) {
    if (other === named || other.clause !== named.clause || other.polarity === 0) continue;
    if (other.cue.theme && other.cue.theme !== named.cue.theme) continue;
    const distance = Math.abs(other.first - named.first);
    // Its own theme's cues before any judgement.
    const rank = (other.cue.theme ? 0 : 1000) + distance;
    if (rank < bestRank) {
      best = other;
      bestRank = rank;
    }
  }
  return best?.polarity ?? 0;
}
