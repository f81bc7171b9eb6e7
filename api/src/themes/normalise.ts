/// <reference path="./nlpjs.d.ts" />
import { endianness } from 'node:os';
import { StemmerEl } from '@nlpjs/lang-el';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerId } from '@nlpjs/lang-id';
import { StemmerRo } from '@nlpjs/lang-ro';
import { StemmerTr } from '@nlpjs/lang-tr';

/** Owners past the first two whose derivations a word keeps. */
const MAX_OTHERS = 6;

/**
 * A word as the lexicons and the model read it, one object per distinct word (as typed) and language, shared by all
 * its occurrences: what they derive of the word is worked out once and kept with it (`memo`).
 */
export class WordForm {
  /** Lower case, without diacritics (see `fold`). */
  readonly folded: string;
  /** The language's stem of the word, folded the same way. */
  readonly stem: string;
  // A comment's words are read by two owners (the lexicon, the model), three with a survey's own cues, so the first
  // three are kept in fields: a long comment's cost is mostly fetching what its words derive, a list or a map is one
  // more fetch each, and a map per word for the survey's cues took a tenth of the heap.
  #owner: object | undefined;
  #derived: unknown;
  #secondOwner: object | undefined;
  #secondDerived: unknown;
  #thirdOwner: object | undefined;
  #thirdDerived: unknown;
  #others: Map<object, unknown> | undefined;

  constructor(folded: string, stem: string) {
    this.folded = folded;
    this.stem = stem;
  }

  /** What `owner` (a compiled lexicon, a model, a survey's cues) derives of this word, computed on first use. */
  memo<T>(owner: object, derive: (form: WordForm) => T): T {
    if (this.#owner === owner) return this.#derived as T;
    if (this.#secondOwner === owner) return this.#secondDerived as T;
    if (this.#thirdOwner === owner) return this.#thirdDerived as T;
    const other = this.#others?.get(owner);
    if (other !== undefined || this.#others?.has(owner)) return other as T;
    const derived = derive(this);
    if (!this.#owner) {
      this.#owner = owner;
      this.#derived = derived;
    } else if (!this.#secondOwner) {
      this.#secondOwner = owner;
      this.#secondDerived = derived;
    } else if (!this.#thirdOwner) {
      this.#thirdOwner = owner;
      this.#thirdDerived = derived;
    } else {
      // A survey's cues come and go: a word keeps a few owners' more.
      this.#others ??= new Map();
      if (this.#others.size >= MAX_OTHERS) this.#others.clear();
      this.#others.set(owner, derived);
    }
    return derived;
  }
}

/** One word of a comment: where it stands in the text, and the forms the lexicon is matched against. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly form: WordForm;
  /** A clause ends after it (punctuation): negation does not reach across. */
  readonly clauseEnd: boolean;
}

/**
 * Lower case without diacritics: Romanian without ș/ț/ă/â/î, Greek without accents or final sigma, Turkish without
 * ğ/ş/ç/ö/ü and with ı as i, Macedonian ѓ/ќ as г/к. Comments are often typed without them, so the lexicons are
 * written, and matched, in this form.
 */
export function fold(word: string, language: string): string {
  const lower = language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
  // Most words are plain ASCII, which has nothing to take away (but for the backquote): no decomposing for them.
  if (isPlainAscii(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ς/g, 'σ')
    .replace(/[’‘`´]/g, "'");
}

const BACKQUOTE = 0x60;

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80 || unit === BACKQUOTE) return false;
  }
  return true;
}

/**
 * Macedonian has no Snowball stemmer (nor one in any maintained package): a light stemmer of our own strips the
 * definite articles and the commonest noun, adjective and verb endings, longest first, keeping three letters.
 */
const MK_SUFFIXES = [
  'ињата',
  'иите',
  'ата',
  'ите',
  'ото',
  'ета',
  'ови',
  'еви',
  'ски',
  'ска',
  'ско',
  'ост',
  'ење',
  'ање',
  'от',
  'та',
  'то',
  'те',
  'ов',
  'ев',
  'ен',
  'на',
  'но',
  'ни',
  'ше',
  'ла',
  'ло',
  'ле',
  'а',
  'о',
  'е',
  'и',
  'у',
].sort((a, b) => b.length - a.length);

function stemMacedonian(word: string): string {
  for (const suffix of MK_SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

type Stem = (word: string) => string;

function snowball(Stemmer: new () => { stemWord(word: string): string }): Stem {
  const stemmer = new Stemmer();
  return (word) => stemmer.stemWord(word);
}

/** Each language's stemmer, taking a lower-case word. Greek's wants it without accents, as `fold` gives it. */
const STEMMERS: Record<string, { stem: Stem; onFolded: boolean }> = {
  en: { stem: snowball(StemmerEn), onFolded: false },
  id: { stem: snowball(StemmerId), onFolded: false },
  ro: { stem: snowball(StemmerRo), onFolded: false },
  el: { stem: snowball(StemmerEl), onFolded: true },
  tr: { stem: snowball(StemmerTr), onFolded: false },
  mk: { stem: stemMacedonian, onFolded: true },
};

/**
 * Words already read, per language: comments repeat their words (Snowball's Turkish stemmer alone takes about 3 µs a
 * word), and a word's cues and features are worked out once. Emptied when full, which bounds it at some megabytes.
 */
const forms = new Map<string, Map<string, WordForm>>();
const MAX_FORMS = 20_000;

function formsIn(language: string): Map<string, WordForm> {
  let known = forms.get(language);
  if (!known) {
    known = new Map();
    forms.set(language, known);
  }
  return known;
}

function formOf(word: string, language: string, known: Map<string, WordForm>): WordForm {
  const cached = known.get(word);
  if (cached) return cached;
  const stemmer = STEMMERS[language];
  const folded = fold(word, language);
  let stem = folded;
  if (stemmer) {
    const lower = language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
    stem = stemmer.onFolded ? stemmer.stem(folded) : fold(stemmer.stem(lower), language);
  }
  if (known.size >= MAX_FORMS) known.clear();
  const form = new WordForm(folded, stem);
  known.set(word, form);
  return form;
}

/** Forgets the words folded and stemmed so far (for measuring the cost of words never seen). */
export function forgetWordForms(): void {
  forms.clear();
}

/**
 * A word is a run of letters and digits, then any number of apostrophes each followed by letters ("it's", "d’acord"):
 * the pattern `[\p{L}\p{N}]+(?:['’]\p{L}+)*`, read by a scanner over the text's UTF-16 code units copied into an
 * array, each unit's kind looked up in a table. A regular expression tests its letter classes outside its compiled
 * code, and a string's own reads check its representation at every character: on a long comment, either costs several
 * times as much.
 */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** Half of a code point beyond the first 65,536 (emoji, rarer scripts): the kind is that of the whole. */
const SURROGATE = 3;
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;

const kindOf = (char: string) => (IS_LETTER.test(char) ? LETTER : IS_DIGIT.test(char) ? DIGIT : OTHER);

/** Each code unit's kind, worked out once when the module loads. */
const KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  for (let unit = 0; unit < kinds.length; unit++) {
    kinds[unit] = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : kindOf(String.fromCharCode(unit));
  }
  return kinds;
})();

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Texts of up to this length are copied into one array kept for them all: most are short, and a new array costs. */
const SHARED_UNITS = 4_096;
const sharedUnits = new Uint16Array(SHARED_UNITS + 1);
const sharedBytes = Buffer.from(sharedUnits.buffer);
const BIG_ENDIAN = endianness() === 'BE';

/**
 * A text's code units, then a 0 (no word's): in the shared array when the text fits, which `tokenize` alone uses and
 * is done with before it returns. Copied by `Buffer`, natively: a loop over the string's own units checks its
 * representation (sliced, joined, one or two bytes a unit) at every one, 40 instructions a character.
 */
function codeUnits(text: string): Uint16Array {
  const shared = text.length <= SHARED_UNITS;
  const units = shared ? sharedUnits : new Uint16Array(text.length + 1);
  const bytes = shared ? sharedBytes : Buffer.from(units.buffer);
  bytes.write(text, 'utf16le');
  // The array reads in the machine's byte order.
  if (BIG_ENDIAN) bytes.subarray(0, text.length * 2).swap16();
  units[text.length] = 0;
  return units;
}

/**
 * Called on the text, not read from it: strings of several representations make `text.slice` a lookup of the method
 * for every word.
 */
const { slice } = String.prototype;

/** The kind of the code point starting at a surrogate: of the code point a pair makes; a lone one is none. */
function pairKind(units: Uint16Array, at: number): number {
  const high = units[at] as number;
  const low = units[at + 1] ?? 0;
  if (high > 0xdbff || low < 0xdc00 || low > 0xdfff) return OTHER;
  return kindOf(String.fromCharCode(high, low));
}

/** Where a run of letters (and digits, when `digits`) from `at` ends. */
function runEnd(units: Uint16Array, at: number, digits: boolean): number {
  let end = at;
  while (end < units.length) {
    let kind = KINDS[units[end] as number] as number;
    let width = 1;
    if (kind === SURROGATE) {
      kind = pairKind(units, end);
      width = 2;
    }
    if (kind !== LETTER && !(digits && kind === DIGIT)) break;
    end += width;
  }
  return end;
}

/** Where the word starting at `start` (a letter or a digit) ends. */
function wordEnd(units: Uint16Array, start: number): number {
  let end = runEnd(units, start, true);
  for (;;) {
    const unit = units[end];
    if (unit !== APOSTROPHE && unit !== RIGHT_QUOTE) return end;
    const after = runEnd(units, end + 1, false);
    if (after === end + 1) return end;
    end = after;
  }
}

const CLAUSE_END = /[.!?;:\n]|\s[-–—]\s|,/;

/** Whether the text between two words ends a clause; most are one space, which does not. */
const endsClause = (text: string, units: Uint16Array, from: number, to: number) =>
  !(to === from + 1 && units[from] === 32) && CLAUSE_END.test(slice.call(text, from, to));

/** The comment's words in order, each with its folded form and stem. */
export function tokenize(text: string, language: string): Token[] {
  const tokens: Token[] = [];
  const known = formsIn(language);
  // A word is kept until the next one is found, which tells whether a clause ends after it.
  let start = -1;
  let end = -1;
  let form: WordForm | undefined;
  const keep = (clauseEnd: boolean) => {
    if (form) tokens.push({ start, end, form, clauseEnd });
  };
  const units = codeUnits(text);
  const { length } = text;
  let at = 0;
  while (at < length) {
    const kind = KINDS[units[at] as number];
    if (kind === OTHER || (kind === SURROGATE && pairKind(units, at) === OTHER)) {
      at++;
      continue;
    }
    const next = wordEnd(units, at);
    keep(form !== undefined && endsClause(text, units, end, at));
    start = at;
    end = next;
    form = formOf(slice.call(text, start, end), language, known);
    at = end;
  }
  keep(false);
  return tokens;
}
