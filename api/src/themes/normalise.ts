/// <reference path="./nlpjs.d.ts" />
import { StemmerEl } from '@nlpjs/lang-el';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerId } from '@nlpjs/lang-id';
import { StemmerRo } from '@nlpjs/lang-ro';
import { StemmerTr } from '@nlpjs/lang-tr';

/** One word of a comment: where it stands in the text, and the forms the lexicon is matched against. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, without diacritics (see `fold`). */
  readonly folded: string;
  /** The language's stem of the word, folded the same way. */
  readonly stem: string;
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
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ς/g, 'σ')
    .replace(/[’‘`´]/g, "'");
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
 * Words already folded and stemmed, per language: comments repeat their words (Snowball's Turkish stemmer alone takes
 * about 3 µs a word). Emptied when full, which bounds it at a few megabytes.
 */
const forms = new Map<string, Map<string, { folded: string; stem: string }>>();
const MAX_FORMS = 50_000;

function formsOf(word: string, language: string): { folded: string; stem: string } {
  let known = forms.get(language);
  if (!known) {
    known = new Map();
    forms.set(language, known);
  }
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
  const found = { folded, stem };
  known.set(word, found);
  return found;
}

/** Forgets the words folded and stemmed so far (for measuring the cost of words never seen). */
export function forgetWordForms(): void {
  forms.clear();
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CLAUSE_END = /[.!?;:\n]|\s[-–—]\s|,/;

/** The comment's words in order, each with its folded form and stem. */
export function tokenize(text: string, language: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const { folded, stem } = formsOf(word, language);
    const previous = tokens.at(-1);
    if (previous && CLAUSE_END.test(text.slice(previous.end, start))) {
      tokens[tokens.length - 1] = { ...previous, clauseEnd: true };
    }
    tokens.push({ start, end: start + word.length, folded, stem, clauseEnd: false });
  }
  return tokens;
}
