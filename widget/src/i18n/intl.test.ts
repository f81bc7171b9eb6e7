import { expect } from '@open-wc/testing';
import { displayName, formatDate, formatNumber, intlSpeaks } from './intl.ts';
import { intlEnglish } from './pseudo.ts';

const LANGUAGES = ['id', 'mk', 'ro', 'el', 'tr'] as const;
const DATE = new Date(Date.UTC(2026, 10, 26, 14, 24));

describe('numbers, dates and names in each language', () => {
  it('are written in the language asked for, in this browser whether or not its Intl has the language', () => {
    for (const language of LANGUAGES) {
      const written = [
        formatNumber(2000, language),
        formatNumber(0.45, language, { style: 'percent' }),
        formatDate(DATE, language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
        formatDate(DATE, language, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
        ...['en', 'id', 'mk', 'ro', 'el', 'tr'].map((code) => displayName(code, 'language', language)),
        ...['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US'].map((code) => displayName(code, 'market', language)),
      ].join(' | ');
      expect(intlEnglish(written, language), language).to.deep.equal([]);
      // Each of them groups thousands with a point.
      expect(formatNumber(2000, language), language).to.equal('2.000');
    }
  });

  it('in Macedonian, where Chromium has no data, come from our own', () => {
    if (intlSpeaks('mk')) return;
    expect(formatNumber(6665.5, 'mk')).to.equal('6.665,5');
    expect(formatNumber(0.45, 'mk', { style: 'percent' })).to.equal('45\u00a0%');
    expect(formatNumber(-12, 'mk', { signDisplay: 'exceptZero' })).to.equal('-12');
    expect(formatDate(DATE, 'mk', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).to.equal(
      '26.11.2026, 14:24',
    );
    expect(formatDate(DATE, 'mk', { month: 'short', day: 'numeric', timeZone: 'UTC' })).to.equal('26.11.');
    expect(displayName('GR', 'market', 'mk')).to.equal('Грција');
    expect(displayName('US', 'market', 'mk')).to.equal('САД');
  });

  it('name a language so that it cannot be taken for its country, with a capital as a cell starts', () => {
    expect(`${displayName('el', 'language', 'id')}, ${displayName('GR', 'market', 'id')}`).to.equal(
      'Bahasa Yunani, Yunani',
    );
    expect(displayName('el', 'language', 'ro')).to.equal('Greacă');
    expect(displayName('tr', 'language', 'mk')).to.equal('Турски');
    expect(displayName('tr', 'language', 'tr')).to.equal('Türkçe');
    // A code not of the product's: the browser's name for it, or the code itself.
    expect(displayName('de', 'language', 'en')).to.equal('German');
  });
});
