import { describe, expect, it } from 'vitest';
import { readLexicon } from './lexicon-matches.ts';
import { tokenize } from './normalise.ts';

/** Per word of the text, whether a negation reaches it. */
const negated = (text: string, language: string) => readLexicon(tokenize(text, language), language).negated;

describe('negation', () => {
  it('reaches the three words after a negation, within its clause', () => {
    expect(negated('not one two three four', 'en')).toEqual([false, true, true, true, false]);
    expect(negated('not cheap, good', 'en')).toEqual([false, true, false]);
    expect(negated('never cheap but good', 'en')).toEqual([false, true, true, false]);
    expect(negated('no, cheap', 'en')).toEqual([false, false]);
  });

  it('reaches from the last negation before a word, and a new one starts again', () => {
    expect(negated('not one, not two three four five', 'en')).toEqual([
      false,
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('reaches the two words before a negation that follows them (Turkish "değil")', () => {
    expect(negated('çok pahalı değil', 'tr')).toEqual([true, true, false]);
    expect(negated('bir çok pahalı değil', 'tr')).toEqual([false, true, true, false]);
    expect(negated('ucuz ama çok pahalı değil', 'tr')).toEqual([false, false, true, true, false]);
    expect(negated('ucuz ama değil', 'tr')).toEqual([false, true, false]);
    expect(negated('ucuz. değil', 'tr')).toEqual([false, false]);
  });

  it('turns a cue round, unless the cue carries its own negation (negative concord)', () => {
    const cues = (text: string) =>
      readLexicon(tokenize(text, 'en'), 'en').cues.map(({ theme, polarity, negated }) => ({
        theme,
        polarity,
        negated,
      }));
    expect(cues('not expensive')).toContainEqual({ theme: 'PRICE', polarity: 1, negated: true });
    expect(cues('expensive')).toContainEqual({ theme: 'PRICE', polarity: -1, negated: false });
  });
});

describe('cues', () => {
  const spans = (text: string) =>
    readLexicon(tokenize(text, 'en'), 'en').cues.map(({ first, last }) => [first, last]);

  it('keeps a longer cue over those inside it, and both of two that overlap, in order', () => {
    // "good" and "value" are cues of their own, inside "good value" and "value for money".
    expect(spans('good value')).toEqual([[0, 1]]);
    expect(spans('good value for money')).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(spans('value, good')).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
