import { expect } from '@open-wc/testing';
import { CONSOLE_LOCALES } from '../../owner/console/i18n/all.ts';
import { DASHBOARD_LOCALES } from '../../owner/dashboard/i18n/all.ts';
import { LOCALES } from './all.ts';

/**
 * Rules every translation keeps, checked for each text of the widget, the dashboard and the console: what a translator can
 * get wrong without a compiler noticing.
 */
const SETS = { widget: LOCALES, dashboard: DASHBOARD_LOCALES, console: CONSOLE_LOCALES } as const;
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
/** Texts a native reader worded without one of the English placeholders. */
const WITHOUT: Record<string, readonly string[]> = { 'el:followUpPromoter': ['brand'] };
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^},\s]+)/g)].map((m) => m[1]).sort();

for (const [set, locales] of Object.entries(SETS)) {
  const english: Record<string, string> = locales.en;
  describe(`the ${set}'s texts`, () => {
    for (const [language, texts] of Object.entries(locales) as [string, Record<string, string>][]) {
      it(`in ${language}: every plural form the language uses, no placeholder lost or of its own, % left to Intl`, () => {
        const stems = new Set(Object.keys(english).flatMap((key) => PLURAL.exec(key)?.[1] ?? []));
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const stem of stems) {
          for (const form of forms) expect(texts, `${stem}_${form}`).to.have.property(`${stem}_${form}`);
        }
        for (const [key, text] of Object.entries(texts)) {
          const source = english[key] ?? english[`${PLURAL.exec(key)?.[1]}_other`] ?? '';
          // Only the English text's placeholders, and all of them: none lost, but where a native reader chose a
          // text without one ("σε εμάς", not the brand) or a "one" form says its number in words ("ziua anterioară").
          expect(placeholders(source), `${language} ${key}`).to.include.members(placeholders(text));
          const spelledOut = PLURAL.exec(key)?.[2] === 'one' ? ['count'] : [];
          const kept = [...(WITHOUT[`${language}:${key}`] ?? []), ...spelledOut];
          expect(placeholders(text), `${language} ${key}`).to.include.members(
            placeholders(source).filter((name) => !kept.includes(name ?? '')),
          );
          // A percentage is written by Intl ("45 %", "%45"): a % beside a placeholder is wrong somewhere.
          expect(text, `${language} ${key}`).not.to.match(/%\s*\{\{|\}\}\s*%/);
        }
      });
    }
  });
}

describe('the question', () => {
  it('names the brand in every language', () => {
    for (const texts of Object.values(LOCALES)) expect(texts.question).to.contain('{{brand}}');
  });

  it('in Greek and Macedonian, puts a noun before the brand, which sets the gender for any brand', () => {
    expect(LOCALES.el.question).to.contain('την εταιρεία {{brand}}');
    expect(LOCALES.mk.question).to.contain('ја препорачате компанијата {{brand}}');
  });

  it('says "not at all likely" and "extremely likely" at the ends, in every language', () => {
    expect(Object.values(LOCALES).map((texts) => [texts.scaleLow, texts.scaleHigh])).to.deep.equal([
      ['Not at all likely', 'Extremely likely'],
      ['Sama sekali tidak mungkin', 'Sangat mungkin'],
      ['Воопшто не е веројатно', 'Исклучително веројатно'],
      ['Deloc probabil', 'Extrem de probabil'],
      ['Καθόλου πιθανό', 'Εξαιρετικά πιθανό'],
      ['Hiç olası değil', 'Son derece olası'],
    ]);
  });
});
