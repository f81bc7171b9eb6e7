import { describe, expect, it } from 'vitest';
import {
  accuracy,
  type Labelled,
  type LabelledSet,
  macroF1Interval,
  readLabelled,
  THEME_LANGUAGES,
} from './accuracy.ts';

const row = (score: number, themes: Labelled['themes'], comment: string, line: number): Labelled => ({
  score,
  themes,
  comment,
  line,
});

describe('accuracy', () => {
  it('give a set classified without a mistake an interval of exactly 1', () => {
    const set = [
      row(2, ['PRICE'], 'Way too expensive', 2),
      row(10, ['STAFF'], 'The staff were lovely', 3),
      row(7, [], 'Nothing to add', 4),
    ];
    const result = accuracy('en', set);
    expect(result.macroF1).toBe(1);
    expect(macroF1Interval(result)).toEqual([1, 1]);
  });

  it('put the macro-F1 inside its interval, the same on every run, narrower for a larger set', () => {
    const heldOut = accuracy('en', readLabelled('en', 'held-out'));
    const [low, high] = macroF1Interval(heldOut);
    expect(low).toBeLessThan(heldOut.macroF1);
    expect(high).toBeGreaterThan(heldOut.macroF1);
    expect(macroF1Interval(heldOut)).toEqual([low, high]);
    // The same comments four times over: the same figure, known four times better.
    const fourfold = accuracy('en', Array.from({ length: 4 }, () => readLabelled('en', 'held-out')).flat());
    expect(fourfold.macroF1).toBeCloseTo(heldOut.macroF1, 10);
    const [fourLow, fourHigh] = macroF1Interval(fourfold);
    expect(fourHigh - fourLow).toBeLessThan((high - low) * 0.7);
  });

  // The sets are written in English first and each other language follows it row for row, so that the languages
  // compare: a row that slipped, or a label changed in one language only, would make the figures disagree silently.
  it.each<LabelledSet>(['development', 'held-out'])(
    'keep the %s set row for row alike in every language',
    (set) => {
      const outline = readLabelled('en', set).map(({ score, themes }) => ({ score, themes }));
      for (const language of THEME_LANGUAGES) {
        expect(
          readLabelled(language, set).map(({ score, themes }) => ({ score, themes })),
          language,
        ).toEqual(outline);
      }
    },
  );

  it('keep every held-out comment out of the development set', () => {
    for (const language of THEME_LANGUAGES) {
      const development = new Set(readLabelled(language).map((row) => row.comment));
      const leaked = readLabelled(language, 'held-out').filter((row) => development.has(row.comment));
      expect(leaked, language).toEqual([]);
    }
  });
});
