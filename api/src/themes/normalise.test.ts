import { describe, expect, it } from 'vitest';
import { fold, tokenize, WordForm } from './normalise.ts';

/** The words of a comment as the pattern the scanner reads defines them. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('tokenize', () => {
  it('splits words as the pattern does, in every script, with apostrophes, digits, marks and astral letters', () => {
    // Letters of the six languages, digits (Arabic-Indic too), both apostrophes, punctuation, a combining accent
    // (a mark: it ends a word), an astral letter (𝒜), an emoji (neither letter nor digit) and halves of a pair alone.
    const alphabet = [
      ...'aZşİıçğöüăîțșΑαώςжѓќ',
      ...'09٣',
      "'",
      '’',
      ...' .,!?;:-\n',
      '\u0301',
      '𝒜',
      '😀',
      '\ud835',
      '\udc9c',
    ];
    const next = random(28);
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const expected = [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);
      expect(
        tokenize(text, 'tr').map((token) => [token.start, token.end]),
        JSON.stringify(text),
      ).toEqual(expected);
    }
  });

  it('splits a text longer than the array texts share as the pattern does, and a shorter one read after it', () => {
    const long = 'Kahve güzeldi, teslimat hızlıydı. '.repeat(200);
    const words = (text: string) =>
      [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);
    expect(long.length).toBeGreaterThan(4_096);
    expect(tokenize(long, 'tr').map((token) => [token.start, token.end])).toEqual(words(long));
    for (const text of [long.slice(0, 3_000), 'Kahve', 'Kah']) {
      expect(tokenize(text, 'tr').map((token) => [token.start, token.end])).toEqual(words(text));
    }
  });

  it('ends a clause at punctuation and dashes, not at a space or a hyphen inside a word', () => {
    const tokens = tokenize('fast, cheap - good; well-made but slow', 'en');
    expect(tokens.map((token) => token.clauseEnd)).toEqual([true, true, true, false, false, false, false]);
  });

  it('gives every occurrence of a word as typed the same form, folded and stemmed', () => {
    const [first, second, capital] = tokenize('livrările, livrările. Livrările', 'ro');
    expect(first?.form).toBe(second?.form);
    expect(capital?.form).not.toBe(first?.form);
    expect([first?.form.folded, capital?.form.folded]).toEqual(['livrarile', 'livrarile']);
    expect(capital?.form.stem).toBe(first?.form.stem);
  });
});

describe('fold', () => {
  it('takes away case, marks and final sigma, and writes every apostrophe as one', () => {
    expect(fold('Livrările', 'ro')).toBe('livrarile');
    expect(fold('ΑΚΡΙΒΌΣ', 'el')).toBe('ακριβοσ');
    expect(fold('IŞIK', 'tr')).toBe('isik');
    expect(fold('Ѓорѓи', 'mk')).toBe('горги');
    // Plain ASCII is kept as it is, but for the backquote, typed for an apostrophe.
    expect(fold('Dont', 'en')).toBe('dont');
    expect(fold('don`t', 'en')).toBe("don't");
    expect(fold('don’t', 'en')).toBe("don't");
  });
});

describe('WordForm.memo', () => {
  it('derives once per owner, and keeps what each of several owners derived', () => {
    const form = new WordForm('word', 'word');
    const owners = Array.from({ length: 5 }, () => ({}));
    let derived = 0;
    const derive = (owner: number) => () => {
      derived++;
      return { owner };
    };
    for (let round = 0; round < 3; round++) {
      owners.forEach((owner, i) => {
        expect(form.memo(owner, derive(i))).toEqual({ owner: i });
      });
    }
    expect(derived).toBe(owners.length);
  });
});
