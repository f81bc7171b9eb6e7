import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConsoleSurvey, Installation } from '../../console/api/client.ts';
import type { NpsInstallPanel } from './nps-install-panel.component.ts';
import './nps-install-panel.ts';

const SURVEY = { id: 's1', siteKey: 'pk_abc' } as ConsoleSurvey;
const MINUTE_MS = 60_000;

const panel = (installations: Installation[], language = 'en') =>
  fixture<NpsInstallPanel>(
    html`<nps-install-panel
      server="https://nps.example"
      language=${language}
      .survey=${SURVEY}
      .installations=${installations}
    ></nps-install-panel>`,
  );

describe('<nps-install-panel>', () => {
  it('is accessible', async () => {
    await expect(await panel([{ origin: 'https://shop.example', lastSeenAt: null }])).to.be.accessible();
  });

  it('gives the exact script tag and element of the survey, on the server pages reach', async () => {
    const el = await panel([]);
    const snippets = [...(el.shadowRoot?.querySelectorAll('[part="snippet"]') ?? [])].map(
      (s) => s.textContent,
    );
    expect(snippets).to.deep.equal([
      '<script src="https://nps.example/widget.js" data-site-key="pk_abc" async></script>',
      '<nps-survey site-key="pk_abc" endpoint="https://nps.example/graphql"></nps-survey>',
    ]);
  });

  it('says per origin when a page there last loaded the survey, in words of its own in Macedonian', async () => {
    const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE_MS).toISOString();
    const el = await panel(
      [
        { origin: 'https://a.example', lastSeenAt: ago(0) },
        { origin: 'https://b.example', lastSeenAt: ago(21) },
        { origin: 'https://c.example', lastSeenAt: ago(3 * 60) },
        { origin: 'https://d.example', lastSeenAt: null },
      ],
      'mk',
    );
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    const lines = [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lines).to.deep.equal([
      'https://a.example Вчитана пред помалку од една минута',
      'https://b.example Вчитана пред 21 минута',
      'https://c.example Вчитана пред 3 часа',
      'https://d.example Сè уште не е вчитана',
    ]);
  });

  it('fires nps-install-check when asked to check again', async () => {
    const el = await panel([]);
    const button = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.includes('Check again'),
    );
    setTimeout(() => button?.click());
    await oneEvent(el, 'nps-install-check');
  });
});
