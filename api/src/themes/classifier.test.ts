import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracy, readLabelled, THEME_LANGUAGES } from './accuracy.ts';
import { classify } from './classifier.ts';
import { THEMES } from './lexicon.ts';
import { LanguageModel } from './model.ts';
import { modelFile, modelText, train } from './train.ts';

describe('comment themes', () => {
  it.each(THEME_LANGUAGES)('ship the model that the labelled %s comments train', (language) => {
    expect(readFileSync(modelFile(language), 'utf8')).toBe(
      modelText(train(language, readLabelled(language))),
    );
  });

  it.each(THEME_LANGUAGES)(
    'keep a macro-F1 of 0.72 on the held-out %s comments, of trades never trained on',
    (language) => {
      const set = readLabelled(language, 'held-out');
      expect(set.length).toBeGreaterThanOrEqual(60);
      expect(accuracy(language, set).macroF1).toBeGreaterThanOrEqual(0.72);
    },
  );

  it('find themes in words no lexicon has, and say which words gave them', () => {
    const comment = 'App crashes every time I open the camera';
    const { themes, matches } = classify(comment, 'en', 'DETRACTOR');
    expect(themes).toEqual(['QUALITY']);
    expect(matches.filter((match) => match.source === 'LEXICON')).toEqual([]);
    // At most the two words that weigh most, in the text's order.
    const words = matches
      .filter((match) => match.source === 'MODEL')
      .map((match) => comment.slice(match.start, match.end));
    expect(words).toContain('crashes');
    expect(words.length).toBeLessThanOrEqual(2);
  });

  it('turn a negated cue round, so that a detractor\'s "not expensive" is no price complaint', () => {
    expect(classify('The price is not expensive, but the staff were rude', 'en', 'DETRACTOR').themes).toEqual(
      ['STAFF'],
    );
    expect(classify('never expensive', 'en', 'PROMOTER').themes).toEqual(['PRICE']);
    expect(classify('Fiyatı pahalı değil', 'tr', 'DETRACTOR').themes).not.toContain('PRICE');
    expect(classify('Fiyatı pahalı değil', 'tr', 'PROMOTER').themes).toEqual(['PRICE']);
    expect(classify('Δεν είναι ακριβό', 'el', 'PROMOTER').themes).toEqual(['PRICE']);
    expect(classify('Harganya tidak mahal', 'id', 'DETRACTOR').themes).not.toContain('PRICE');
    expect(classify('Nu e scump deloc', 'ro', 'PROMOTER').themes).toEqual(['PRICE']);
    expect(classify('Не е скапо', 'mk', 'DETRACTOR').themes).not.toContain('PRICE');
  });

  it('read comments typed without diacritics as with them', () => {
    const pairs: [string, string, string][] = [
      [
        'ro',
        'Livrarea a întârziat și prețurile sunt prea scumpe',
        'Livrarea a intarziat si preturile sunt prea scumpe',
      ],
      ['el', 'Η παράδοση καθυστέρησε, πολύ ακριβό', 'Η παραδοση καθυστερησε, πολυ ακριβο'],
      ['tr', 'Kargo çok geç geldi, fiyatlar şişirilmiş', 'Kargo cok gec geldi, fiyatlar sisirilmis'],
    ];
    for (const [language, accented, plain] of pairs) {
      const themes = classify(accented, language, 'DETRACTOR').themes;
      expect(themes).toEqual(['PRICE', 'DELIVERY']);
      expect(classify(plain, language, 'DETRACTOR').themes).toEqual(themes);
    }
  });

  it('say where each theme was found, as offsets into the comment', () => {
    const comment = 'Delivery was late and the cashier was rude.';
    const { matches } = classify(comment, 'en', 'DETRACTOR');
    expect(
      matches.map((match) => [match.theme, comment.slice(match.start, match.end), match.counted]),
    ).toEqual([
      ['DELIVERY', 'Delivery', true],
      ['DELIVERY', 'late', true],
      ['STAFF', 'cashier', true],
      ['STAFF', 'rude', true],
    ]);
  });

  it('count a reason only in the direction of the score; a passive keeps both', () => {
    const comment = 'Friendly staff, but the delivery was slow';
    expect(classify(comment, 'en', 'DETRACTOR').themes).toEqual(['DELIVERY']);
    expect(classify(comment, 'en', 'PROMOTER').themes).toEqual(['STAFF']);
    expect(classify(comment, 'en', 'PASSIVE').themes).toEqual(['STAFF', 'DELIVERY']);
  });

  it("keep each reason of a comment that gives two, though one's words weigh the other down in the whole", () => {
    expect(classify('Way too expensive, and the courier was late', 'en', 'DETRACTOR').themes).toEqual([
      'PRICE',
      'DELIVERY',
    ]);
    expect(classify('Πολύ ακριβό, ο υπάλληλος ήταν αγενής', 'el', 'DETRACTOR').themes).toEqual([
      'PRICE',
      'STAFF',
    ]);
  });

  it('ask more of the model for QUALITY, the commonest theme, than for the others', () => {
    // One word and no lexicon cue, so each theme's log-odds is the bias plus the word's weight: −0.8 with 1, between
    // the other themes' cut and QUALITY's; −0.4 with 1.4, above both.
    const model = (weight: number) =>
      new LanguageModel({
        bias: THEMES.map(() => -1.8),
        common: [],
        weights: { 'w:zork': [...THEMES.map(() => weight), ...THEMES.map(() => 0)] },
      });
    expect(classify('zork', 'en', 'DETRACTOR', model(1)).themes).toEqual([
      'PRICE',
      'STAFF',
      'DELIVERY',
      'SUPPORT',
    ]);
    expect(classify('zork', 'en', 'DETRACTOR', model(1.4)).themes).toEqual([...THEMES]);
  });

  it("give no theme from the model's words in a clause the lexicon reads against the score", () => {
    expect(classify('Far too expensive for what it is', 'en', 'PROMOTER').themes).toEqual([]);
    expect(classify('Far too expensive for what it is', 'en', 'DETRACTOR').themes).toEqual(['PRICE']);
  });

  it('find nothing in a comment without a theme, an empty one, or a language without a lexicon', () => {
    expect(classify('Love it!!', 'en', 'PROMOTER').themes).toEqual([]);
    expect(classify('', 'en').themes).toEqual([]);
    expect(classify('Zu teuer', 'de', 'DETRACTOR').themes).toEqual([]);
  });
});
