import { expect } from '@open-wc/testing';
import { detectLanguage } from './detect.ts';

const available = ['en', 'id', 'mk', 'ro', 'el', 'tr'];

describe('detectLanguage', () => {
  it('takes, in order: the attribute, the page, the browser, the survey default, English', () => {
    const all = { attribute: 'tr', pageLanguage: 'ro', browserLanguages: ['mk'], defaultLanguage: 'id' };
    expect(detectLanguage({ ...all, available }).language).to.equal('tr');
    expect(detectLanguage({ ...all, attribute: null, available }).language).to.equal('ro');
    expect(detectLanguage({ ...all, attribute: '', pageLanguage: '', available }).language).to.equal('mk');
    expect(
      detectLanguage({ ...all, attribute: '', pageLanguage: '', browserLanguages: [], available }).language,
    ).to.equal('id');
    expect(detectLanguage({ available }).language).to.equal('en');
  });

  it('skips languages the survey is not given in', () => {
    expect(
      detectLanguage({ pageLanguage: 'fr-FR', browserLanguages: ['de', 'el-GR'], available }),
    ).to.deep.equal({ language: 'el', region: 'GR' });
    expect(detectLanguage({ attribute: 'tr', available: ['en', 'el'] }).language).to.equal('en');
  });

  it('maps regional tags to the base language and gives the region as the market (el-CY → el, CY)', () => {
    expect(detectLanguage({ pageLanguage: 'el-CY', available })).to.deep.equal({
      language: 'el',
      region: 'CY',
    });
    expect(detectLanguage({ pageLanguage: 'EL_cy', available })).to.deep.equal({
      language: 'el',
      region: 'CY',
    });
    expect(detectLanguage({ browserLanguages: ['id'], available })).to.deep.equal({
      language: 'id',
      region: undefined,
    });
  });

  it('ignores a script subtag when looking for the region (sr-Latn-RS style)', () => {
    expect(detectLanguage({ pageLanguage: 'mk-Cyrl-MK', available })).to.deep.equal({
      language: 'mk',
      region: 'MK',
    });
  });
});
