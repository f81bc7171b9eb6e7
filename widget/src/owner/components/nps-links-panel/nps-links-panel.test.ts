import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConsoleSurvey, SurveyLinks } from '../../console/api/client.ts';
import { CONSOLE_LOCALES } from '../../console/i18n/all.ts';
import type { NpsLinksPanel } from './nps-links-panel.component.ts';
import './nps-links-panel.ts';

const SURVEY = {
  id: 's1',
  siteKey: 'pk_abc',
  languages: ['en', 'el', 'tr'],
  defaultLanguage: 'el',
  markets: ['GR', 'CY'],
} as ConsoleSurvey;
const LINKS: SurveyLinks = {
  language: 'el',
  pageUrl: 'https://nps.example/s/pk_abc?lang=el&via=link&exp=1&key=1&sig=x',
  html: '<table role="presentation"><tr><td><a href="https://nps.example/s/pk_abc?score=0">0</a></td></tr></table>',
  text: 'Πόσο πιθανό...\n0: https://nps.example/s/pk_abc?score=0',
  expiresAt: '2027-01-01T00:00:00.000Z',
  customerAnsweredRecently: true,
};

const panel = (options: { links?: SurveyLinks | null; canRotate?: boolean; language?: string } = {}) =>
  fixture<NpsLinksPanel>(
    html`<nps-links-panel
      language=${options.language ?? 'en'}
      .survey=${SURVEY}
      .links=${options.links ?? null}
      ?can-rotate=${options.canRotate ?? false}
    ></nps-links-panel>`,
  );
const root = (el: NpsLinksPanel) => el.shadowRoot as ShadowRoot;

describe('<nps-links-panel>', () => {
  it('is accessible, with links made and without', async () => {
    await expect(await panel()).to.be.accessible();
    await expect(await panel({ links: LINKS, canRotate: true })).to.be.accessible();
  });

  it('names every control, in the console’s language', async () => {
    const el = await panel({ language: 'tr' });
    const labels = [...root(el).querySelectorAll('label')].map((label) => label.textContent?.trim());
    const tr = CONSOLE_LOCALES.tr;
    expect(labels).to.deep.equal([
      tr.linksLanguage,
      tr.linksMarket,
      tr.linksCustomer,
      tr.linksSend,
      tr.linksExpiry,
    ]);
  });

  it('asks for the links of the recipient the form describes', async () => {
    const el = await panel();
    const value = (id: string, text: string) => {
      const field = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
      if (field) field.value = text;
    };
    value('language', 'tr');
    value('customer', ' c-42 ');
    value('expiresInDays', '7');
    const made = oneEvent(el, 'nps-links-make');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    expect((await made).detail).to.deep.equal({
      language: 'tr',
      market: null,
      customer: 'c-42',
      send: null,
      expiresInDays: 7,
    });
  });

  it('shows the email in a sandbox without scripts, its HTML, text and page link to copy, and a customer asked lately', async () => {
    const el = await panel({ links: LINKS });
    const preview = root(el).querySelector('iframe');
    expect(preview?.getAttribute('sandbox')).to.equal('');
    expect(preview?.srcdoc).to.contain(LINKS.html);
    const snippets = [...root(el).querySelectorAll<HTMLTextAreaElement>('[part="snippet"]')].map(
      (t) => t.value,
    );
    expect(snippets).to.deep.equal([LINKS.html, LINKS.text, LINKS.pageUrl]);
    expect(root(el).textContent).to.contain(CONSOLE_LOCALES.en.linksAnsweredRecently);
  });

  it('offers to rotate the link key only to those who may', async () => {
    const button = (el: NpsLinksPanel) =>
      [...root(el).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === CONSOLE_LOCALES.en.rotateLinkKey,
      );
    expect(button(await panel())).to.equal(undefined);
    const el = await panel({ canRotate: true });
    const rotated = oneEvent(el, 'nps-link-key-rotate');
    button(el)?.click();
    await rotated;
  });
});
