import { type Lexicon, THEMES, type Theme } from './lexicon.ts';
import { el } from './lexicons/el.ts';
import { en } from './lexicons/en.ts';
import { id } from './lexicons/id.ts';
import { mk } from './lexicons/mk.ts';
import { ro } from './lexicons/ro.ts';
import { tr } from './lexicons/tr.ts';
import { fold, type Token, tokenize, type WordForm } from './normalise.ts';

/** -1 a complaint, +1 praise, 0 the theme only named. */
export type Polarity = -1 | 0 | 1;

/** A cue of the lexicon found in a comment, with its polarity as the comment gives it. */
export interface CueMatch {
  /** None for a judgement ("slow", "not bad"). */
  readonly theme: Theme | undefined;
  readonly polarity: Polarity;
  /** A negation ("not", "δεν", "değil") turned the cue's polarity round. */
  readonly negated: boolean;
  /** The cue's first and last token. */
  readonly first: number;
  readonly last: number;
}

interface Word {
  readonly text: string;
  readonly prefix: boolean;
  /** A survey's cue word's own stem: it matches the other forms of the word too ("locker" and "lockers"). */
  readonly stem?: string;
}

interface Cue {
  /** A built-in theme, a survey's own theme (`readTopics`), or none for a judgement. */
  readonly theme: string | undefined;
  readonly polarity: Polarity;
  readonly words: readonly Word[];
}

interface Compiled {
  /** By `keyOf` their first word; judgements with no theme. */
  readonly cues: ReadonlyMap<string, readonly Cue[]>;
  readonly negators: WordSet;
  readonly negatorsAfter: WordSet;
  readonly clauseBreaks: ReadonlySet<string>;
  /** What it makes of a word, for `WordForm.memo` (one function, not one per call). */
  readonly readWord: (form: WordForm) => WordReading;
}

/** Words to tell a token by: whole words in a set, word starts (`*`) in a list. */
interface WordSet {
  readonly whole: ReadonlySet<string>;
  readonly starts: readonly string[];
}

function wordSet(words: readonly Word[]): WordSet {
  return {
    whole: new Set(words.filter((word) => !word.prefix).map((word) => word.text)),
    starts: words.filter((word) => word.prefix).map((word) => word.text),
  };
}

function inSet(set: WordSet, form: WordForm): boolean {
  return (
    set.whole.has(form.folded) ||
    set.whole.has(form.stem) ||
    set.starts.some((start) => form.folded.startsWith(start) || form.stem.startsWith(start))
  );
}

/** Cues are looked up by the first three letters of their first word (all of it, for a shorter word). */
const KEY_LENGTH = 3;
const keyOf = (word: string) => word.slice(0, KEY_LENGTH);

/** Words before a cue that a negation reaches across. */
const NEGATION_REACH = 3;

const LEXICONS: Record<string, Lexicon> = { en, id, mk, ro, el, tr };
const compiled = new Map<string, Compiled>();

/** Whether the language has a lexicon (and so themes at all). */
export const hasLexicon = (language: string): boolean => language in LEXICONS;

function parse(pattern: string, language: string, stemmed = false): Word[] {
  const words: Word[] = [];
  for (const chunk of pattern.trim().split(/\s+/)) {
    const prefix = chunk.endsWith('*');
    // Split as comments are ("mi-au" is two words), so that a pattern's words are the tokens it must meet.
    const parts = tokenize(prefix ? chunk.slice(0, -1) : chunk, language);
    parts.forEach((part, i) => {
      const last = prefix && i === parts.length - 1;
      words.push({ text: part.form.folded, prefix: last, ...(stemmed && !last && { stem: part.form.stem }) });
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
  const words = {
    cues,
    negators: wordSet(lexicon.negators.flatMap((pattern) => parse(pattern, language))),
    negatorsAfter: wordSet((lexicon.negatorsAfter ?? []).flatMap((pattern) => parse(pattern, language))),
    clauseBreaks: new Set(lexicon.clauseBreaks.map((word) => fold(word, language))),
  };
  return { ...words, readWord: readWord(words) };
}

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

function matches(word: Word, form: WordForm): boolean {
  return word.prefix
    ? form.folded.startsWith(word.text) || form.stem.startsWith(word.text)
    : form.folded === word.text || form.stem === word.text || form.stem === word.stem;
}

/** Whether a cue's words after its first match the tokens after `at`. */
function restMatchesAt(cue: Cue, tokens: readonly Token[], at: number): boolean {
  for (let k = 1; k < cue.words.length; k++) {
    if (!matches(cue.words[k] as Word, (tokens[at + k] as Token).form)) return false;
  }
  return true;
}

const NONE: readonly Cue[] = [];

/**
 * The cues (of a lexicon, or a survey's) whose first word is this word, in the order they are tried: keyed by the
 * start of the word as typed and of its stem (Indonesian stems lose a prefix), as long as the cue's first word or
 * shorter. Worked out once per word (`WordForm.memo`).
 */
function cuesStartingWith(form: WordForm, cues: ReadonlyMap<string, readonly Cue[]>): readonly Cue[] {
  const starting: Cue[] = [];
  const tryKey = (key: string) => {
    for (const cue of cues.get(key) ?? []) if (matches(cue.words[0] as Word, form)) starting.push(cue);
  };
  for (let length = 1; length <= KEY_LENGTH; length++) {
    const typed = form.folded.slice(0, length);
    const stemmed = form.stem.slice(0, length);
    if (typed.length === length) tryKey(typed);
    if (stemmed !== typed && stemmed.length === length) tryKey(stemmed);
  }
  return starting.length ? starting : NONE;
}

/** What a lexicon makes of one word: the cues it may start, and whether it negates or breaks a clause. */
interface WordReading {
  readonly cues: readonly Cue[];
  /** A negation before its cue ("not"). */
  readonly negatesBefore: boolean;
  /** A negation after its cue (Turkish "değil"). */
  readonly negatesAfter: boolean;
  /** It starts a new clause ("but"), which a negation does not reach across. */
  readonly breaksClause: boolean;
}

/** What a lexicon makes of each of a comment's tokens, by token. */
type Words = readonly WordReading[];

const wordAt = (words: Words, i: number) => words[i] as WordReading;

const readWord =
  (lexicon: Omit<Compiled, 'readWord'>) =>
  (form: WordForm): WordReading => ({
    cues: cuesStartingWith(form, lexicon.cues),
    negatesBefore: inSet(lexicon.negators, form),
    negatesAfter: inSet(lexicon.negatorsAfter, form),
    breaksClause: lexicon.clauseBreaks.has(form.folded),
  });

/**
 * Per token, whether a negation reaches it within its clause: `before`, one at most `NEGATION_REACH` words earlier
 * ("not"); `after`, one at most two words later (Turkish "değil"). A clause ends after punctuation and before a
 * clause-breaking word ("but"). A cue is negated from before its first word or after its last.
 */
interface Negation {
  readonly before: Uint8Array;
  readonly after: Uint8Array;
}

/** Each token's `Negation`, in one pass: only the last negation before a token can reach it, if any can. */
function negationOf(tokens: readonly Token[], words: Words): Negation {
  const before = new Uint8Array(tokens.length);
  const after = new Uint8Array(tokens.length);
  let negator = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (negator >= 0 && i - negator <= NEGATION_REACH) before[i] = 1;
    const { clauseEnd } = tokens[i] as Token;
    const word = wordAt(words, i);
    if (word.negatesBefore) negator = clauseEnd ? -1 : i;
    else if (clauseEnd || word.breaksClause) negator = -1;
  }
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).clauseEnd || i + 1 >= tokens.length) continue;
    const next = wordAt(words, i + 1);
    if (next.negatesAfter) after[i] = 1;
    else if (
      i + 2 < tokens.length &&
      !(tokens[i + 1] as Token).clauseEnd &&
      !next.breaksClause &&
      wordAt(words, i + 2).negatesAfter
    ) {
      after[i] = 1;
    }
  }
  return { before, after };
}

/** Each token's clause, counted from 0: a new one after punctuation or at a clause-breaking word. */
function clauseNumbers(tokens: readonly Token[], words: Words): Uint32Array {
  const clauses = new Uint32Array(tokens.length);
  let clause = 0;
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i - 1] as Token).clauseEnd || wordAt(words, i).breaksClause) clause++;
    clauses[i] = clause;
  }
  return clauses;
}

interface Found extends Omit<CueMatch, 'theme'> {
  readonly theme: string | undefined;
  readonly clause: number;
}

/**
 * Every cue whose words stand in one clause, the lexicon's negations (`words`) applied: the lexicon's cues, or a
 * survey's, each word's candidates from `startingAt`.
 */
function findCues(
  tokens: readonly Token[],
  clauses: Uint32Array,
  words: Words,
  negation: Negation,
  startingAt: (token: Token, i: number) => readonly Cue[],
): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of startingAt(tokens[i] as Token, i)) {
      const last = i + cue.words.length - 1;
      if (last >= tokens.length || clauses[i] !== clauses[last] || !restMatchesAt(cue, tokens, i)) continue;
      // A cue that carries its own negation ("не помогнаа") is not turned round again: these languages say "nobody
      // did not help" for "nobody helped" (negative concord).
      const negated =
        !wordAt(words, i).negatesBefore && (negation.before[i] === 1 || negation.after[last] === 1);
      const polarity = (negated && cue.polarity !== 0 ? -cue.polarity : cue.polarity) as Polarity;
      found.push({ theme: cue.theme, polarity, negated, first: i, last, clause: clauses[i] ?? 0 });
    }
  }
  return found;
}

/** What the lexicon reads in a comment's tokens. */
export interface LexiconReading {
  /** Its cues, judgements among them, in order. */
  readonly cues: CueMatch[];
  /** Per token, whether a negation reaches it: the learned model reads "not expensive" apart from "expensive". */
  readonly negated: boolean[];
  /** What a survey's own cues are read with (`readTopics`); none without a lexicon. */
  readonly context?: {
    readonly clauses: Uint32Array;
    readonly words: Words;
    readonly negation: Negation;
    /** The judgements kept, by clause. */
    readonly judgements: ByClause;
  };
}

/**
 * The lexicon's cues in a comment's tokens. A longer cue wins over the shorter ones inside it ("on time" over
 * "time"); a theme only named takes the polarity of its clause's praise or complaint of the same theme, else of its
 * nearest judgement ("the delivery was slow"). Nothing for a language without a lexicon.
 */
export function readLexicon(tokens: readonly Token[], language: string): LexiconReading {
  const lexicon = compiledFor(language);
  if (!lexicon) return { cues: [], negated: tokens.map(() => false) };
  // Arrays made at their length and filled by index: a push here is a call out of the compiled code.
  const words = new Array<WordReading>(tokens.length);
  for (let i = 0; i < tokens.length; i++)
    words[i] = (tokens[i] as Token).form.memo(lexicon, lexicon.readWord);
  const clauses = clauseNumbers(tokens, words);
  const negation = negationOf(tokens, words);
  const kept = longest(findCues(tokens, clauses, words, negation, (_, i) => wordAt(words, i).cues));
  const byClause = groupByClause(kept);
  const cues = kept.map(({ theme, polarity, negated, first, last }, i): CueMatch => {
    const named = theme !== undefined && polarity === 0;
    return {
      theme: theme as Theme | undefined,
      polarity: named ? judged(kept[i] as Found, byClause) : polarity,
      negated,
      first,
      last,
    };
  });
  const negated = new Array<boolean>(tokens.length);
  for (let i = 0; i < tokens.length; i++) negated[i] = negation.before[i] === 1 || negation.after[i] === 1;
  const judgements = groupByClause(kept.filter((cue) => !cue.theme));
  return { cues, negated, context: { clauses, words, negation, judgements } };
}

/** Matches by their clause's number (none in a clause without): a theme only named is judged within its own. */
type ByClause = readonly (readonly Found[] | undefined)[];

function groupByClause(found: readonly Found[]): ByClause {
  const byClause: Found[][] = [];
  for (const match of found) {
    const clause = byClause[match.clause];
    if (clause) clause.push(match);
    else byClause[match.clause] = [match];
  }
  return byClause;
}

/**
 * The matches not inside a longer one ("on time" over "time"), in order; of two of the same words, the first found.
 * `found` is in order of first token (as `findCues` finds them), so one pass: a match is inside one that starts before
 * it and ends as late, or one that starts with it and ends later.
 */
function longest(found: readonly Found[]): Found[] {
  const kept: Found[] = [];
  // The furthest last token of the matches that start before the ones looked at.
  let reach = -1;
  for (let i = 0; i < found.length; ) {
    let widest = found[i] as Found;
    let next = i + 1;
    for (; next < found.length && (found[next] as Found).first === widest.first; next++) {
      if ((found[next] as Found).last > widest.last) widest = found[next] as Found;
    }
    if (widest.last > reach) {
      kept.push(widest);
      reach = widest.last;
    }
    i = next;
  }
  return kept;
}

/** A survey's own themes' cue words in one language, compiled for `readTopics`. */
export type Topics = ReadonlyMap<string, readonly Cue[]>;

/** Compiles cue words and phrases (written as the lexicon's) that only name a theme, by its key. */
export function compileTopics(
  themes: readonly { readonly key: string; readonly cues: readonly string[] }[],
  language: string,
): Topics {
  const cues = new Map<string, Cue[]>();
  for (const { key, cues: patterns } of themes) {
    for (const pattern of patterns) {
      const words = parse(pattern, language, true);
      if (!words.length) continue;
      const first = keyOf(words[0]?.text ?? '');
      cues.set(first, [...(cues.get(first) ?? []), { theme: key, polarity: 0, words }]);
    }
  }
  return cues;
}

/** Where a survey's own theme is named in a comment. */
export interface TopicMatch {
  readonly key: string;
  /** That of the clause's judgement ("the app is slow"), as for a built-in theme only named. */
  readonly polarity: Polarity;
  readonly first: number;
  readonly last: number;
}

/**
 * A survey's own themes named in a comment's tokens, each with the polarity its clause gives it, read as the lexicon
 * reads a built-in theme only named (its judgements and negations, from its `reading` of the same tokens). The
 * lexicon's own reading is not changed by them.
 */
export function readTopics(
  tokens: readonly Token[],
  language: string,
  topics: Topics,
  reading: LexiconReading,
): TopicMatch[] {
  const lexicon = compiledFor(language);
  const { context } = reading;
  if (!lexicon || !context || !topics.size) return [];
  const startingWith = (form: WordForm) => cuesStartingWith(form, topics);
  const named = longest(
    findCues(tokens, context.clauses, context.words, context.negation, (token) =>
      token.form.memo(topics, startingWith),
    ),
  );
  const { judgements } = context;
  return named.map((match) => ({
    key: match.theme as string,
    polarity: judged(match, judgements),
    first: match.first,
    last: match.last,
  }));
}

/**
 * The polarity of a theme only named: that of its own theme's nearest praise or complaint in the clause, else of
 * the nearest judgement there, else none.
 */
function judged(named: Found, byClause: ByClause): Polarity {
  let best: Found | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const other of byClause[named.clause] ?? []) {
    if (other === named || other.polarity === 0) continue;
    if (other.theme && other.theme !== named.theme) continue;
    const distance = Math.abs(other.first - named.first);
    // Its own theme's cues before any judgement.
    const rank = (other.theme ? 0 : 1000) + distance;
    if (rank < bestRank) {
      best = other;
      bestRank = rank;
    }
  }
  return best?.polarity ?? 0;
}
