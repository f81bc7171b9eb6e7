import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Comment, PreviousThemeCounts, ThemeCounts } from '../../dashboard/api/client.ts';
import type { NpsThemesPanel } from './nps-themes-panel.component.ts';
import './nps-themes-panel.ts';

const count = (theme: string, promoters: number, detractors: number) => ({
  theme: theme as 'PRICE',
  promoters,
  detractors,
  promoterPercent: (100 * promoters) / 50,
  detractorPercent: (100 * detractors) / 20,
});
const THEMES: ThemeCounts = {
  score: { promoters: 50, detractors: 20 },
  themes: [count('PRICE', 0, 8), count('DELIVERY', 5, 4), count('STAFF', 12, 0)],
  customThemes: [{ code: 'APP', promoters: 0, detractors: 6, promoterPercent: 0, detractorPercent: 30 }],
};
const CUSTOM = [
  {
    code: 'APP',
    texts: [
      { language: 'el', name: 'Εφαρμογή' },
      { language: 'en', name: 'The app' },
    ],
  },
];
const PREVIOUS: PreviousThemeCounts = {
  score: { promoters: 40, detractors: 10 },
  themes: [
    { theme: 'PRICE', promoterPercent: 0, detractorPercent: 30 },
    { theme: 'DELIVERY', promoterPercent: 10, detractorPercent: 20 },
    { theme: 'STAFF', promoterPercent: 25, detractorPercent: 0 },
  ],
  customThemes: [{ code: 'APP', promoterPercent: 0, detractorPercent: 10 }],
};
const HOSTILE = '<img src=x onerror="window.hacked=1">too expensive';
const COMMENTS: Comment[] = [
  {
    id: 'a',
    score: 2,
    category: 'DETRACTOR',
    comment: HOSTILE,
    language: 'en',
    market: 'US',
    channel: 'WIDGET',
    createdAt: '2026-11-20T10:00:00.000Z',
    themes: ['PRICE', 'STAFF'],
    themeMatches: [
      { theme: 'PRICE', start: HOSTILE.indexOf('expensive'), end: HOSTILE.length, counted: true },
    ],
    themeCorrections: [
      { theme: 'STAFF', present: true, by: 'ana@shop.example', at: '2026-11-21T10:00:00.000Z' },
      { theme: 'DELIVERY', present: false, by: 'ana@shop.example', at: '2026-11-21T10:00:00.000Z' },
    ],
    customThemeMatches: [],
    customThemes: [],
    customThemeCorrections: [],
  },
];
const APP_COMMENT = 'The app logs me out at checkout';
const APP_COMMENTS: Comment[] = [
  {
    ...(COMMENTS[0] as Comment),
    id: 'b',
    comment: APP_COMMENT,
    themes: [],
    themeMatches: [],
    themeCorrections: [],
    customThemeMatches: [{ code: 'APP', start: 4, end: 7, counted: true }],
    customThemes: ['APP'],
    customThemeCorrections: [],
  },
];

const panel = (selected: NpsThemesPanel['selected'] = null, comments: Comment[] = [], correctable = false) =>
  fixture<NpsThemesPanel>(
    html`<nps-themes-panel .themes=${THEMES} .previous=${PREVIOUS} .customThemes=${CUSTOM} .selected=${selected} .comments=${comments} ?correctable=${correctable}></nps-themes-panel>`,
  );

const buttons = (el: NpsThemesPanel) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="theme"]') ?? []),
];

describe('<nps-themes-panel>', () => {
  it("is accessible, with the controls that correct a comment's themes", async () => {
    await expect(await panel({ theme: 'PRICE', category: 'DETRACTOR' }, COMMENTS, true)).to.be.accessible();
  });

  it("names each comment's themes as a group, and its controls by the theme they act on", async () => {
    const el = await panel({ theme: 'PRICE', category: 'DETRACTOR' }, COMMENTS, true);
    const group = el.shadowRoot?.querySelector('[part="corrections"]');
    expect(group?.getAttribute('role')).to.equal('group');
    expect(group?.getAttribute('aria-label')).to.equal("This comment's themes");
    expect(
      [...(group?.querySelectorAll('.chip:not(.removed) button') ?? [])].map((b) =>
        b.getAttribute('aria-label'),
      ),
    ).to.deep.equal(['Remove Price', 'Remove Staff']);
    expect(group?.querySelector('.chip[data-theme="STAFF"]')?.textContent).to.contain(
      'corrected by ana@shop.example',
    );
    expect(group?.querySelector('.chip.removed s')?.textContent).to.equal('Delivery');
    expect(group?.querySelector('label')?.textContent).to.contain('Add a theme');
    const read = await panel({ theme: 'PRICE', category: 'DETRACTOR' }, COMMENTS);
    expect(read.shadowRoot?.querySelectorAll('[part="corrections"] button, select')).to.have.length(0);
  });

  it("fires nps-theme-correct: remove, undo a person's correction, and add", async () => {
    const el = await panel({ theme: 'PRICE', category: 'DETRACTOR' }, COMMENTS, true);
    const group = el.shadowRoot?.querySelector('[part="corrections"]') as HTMLElement;
    const fired = async (act: () => void) => {
      const event = oneEvent(el, 'nps-theme-correct');
      act();
      return (await event).detail;
    };
    expect(
      await fired(() => group.querySelector<HTMLButtonElement>('[data-theme="PRICE"] button')?.click()),
    ).to.deep.equal({
      responseId: 'a',
      theme: 'PRICE',
      present: false,
    });
    // Added by a person: taking it away gives it back to the classifier.
    expect(
      await fired(() => group.querySelector<HTMLButtonElement>('[data-theme="STAFF"] button')?.click()),
    ).to.deep.equal({
      responseId: 'a',
      theme: 'STAFF',
      present: null,
    });
    expect(
      await fired(() => group.querySelector<HTMLButtonElement>('.removed button')?.click()),
    ).to.deep.equal({
      responseId: 'a',
      theme: 'DELIVERY',
      present: null,
    });
    const select = group.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      '',
      'QUALITY',
      'DELIVERY',
      'SUPPORT',
      'custom:APP',
    ]);
    expect(
      await fired(() => {
        select.value = 'SUPPORT';
        select.dispatchEvent(new Event('change'));
      }),
    ).to.deep.equal({ responseId: 'a', theme: 'SUPPORT', present: true });
    expect(select.value).to.equal('');
  });

  it("corrects the survey's own themes of a comment as the built-in ones, by code", async () => {
    const el = await panel({ code: 'APP', category: 'DETRACTOR' }, APP_COMMENTS, true);
    const group = el.shadowRoot?.querySelector('[part="corrections"]') as HTMLElement;
    const remove = group.querySelector<HTMLButtonElement>('[data-custom-theme="APP"] button');
    expect(remove?.getAttribute('aria-label')).to.equal('Remove The app');
    const removed = oneEvent(el, 'nps-theme-correct');
    remove?.click();
    expect((await removed).detail).to.deep.equal({ responseId: 'b', code: 'APP', present: false });
    el.comments = [
      {
        ...(APP_COMMENTS[0] as Comment),
        customThemes: [],
        customThemeCorrections: [
          { code: 'APP', present: false, by: 'ana@shop.example', at: '2026-11-21T10:00:00.000Z' },
        ],
      },
    ];
    await el.updateComplete;
    expect(group.querySelector('.chip.removed[data-custom-theme="APP"]')?.textContent).to.contain(
      'corrected by ana@shop.example',
    );
    const select = group.querySelector('select') as HTMLSelectElement;
    const added = oneEvent(el, 'nps-theme-correct');
    select.value = 'custom:APP';
    select.dispatchEvent(new Event('change'));
    // Removed by a person: adding it back gives it back to the classifier.
    expect((await added).detail).to.deep.equal({ responseId: 'b', code: 'APP', present: null });
  });

  it("lists each side's themes, most mentioned first, with their share and change in points", async () => {
    const el = await panel();
    const sides = [...(el.shadowRoot?.querySelectorAll('[part="side"]') ?? [])];
    expect(sides.map((side) => side.querySelector('h3')?.textContent)).to.deep.equal([
      'Detractors mention',
      'Promoters mention',
    ]);
    expect(buttons(el).map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Price 40% (8) +10 pts',
      'Delivery 20% (4) 0 pts',
      'Staff 24% (12) -1 pts',
      'Delivery 10% (5) 0 pts',
    ]);
  });

  it("lists the survey's own themes among the others by their name in the panel's language, each chosen like them", async () => {
    const el = await panel();
    const own = () => [...(el.shadowRoot?.querySelectorAll('[part~="custom-theme"]') ?? [])];
    expect(own().map((row) => row.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'The app 30% (6) +20 pts',
    ]);
    expect(own()[0]?.closest('[part="side"]')?.querySelector('h3')?.textContent).to.equal(
      'Detractors mention',
    );
    expect(own()[0]?.tagName).to.equal('BUTTON');
    expect(own()[0]?.getAttribute('aria-pressed')).to.equal('false');
    const chosen = oneEvent(el, 'nps-theme-select');
    (own()[0] as HTMLButtonElement).click();
    expect((await chosen).detail).to.deep.equal({ code: 'APP', category: 'DETRACTOR' });
    el.selected = { code: 'APP', category: 'DETRACTOR' };
    await el.updateComplete;
    expect(own()[0]?.getAttribute('aria-pressed')).to.equal('true');
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.not.include('true');
    el.language = 'ro';
    await el.updateComplete;
    // No Romanian name: the first it has.
    expect(own()[0]?.querySelector('.name')?.textContent).to.equal('Εφαρμογή');
  });

  it('marks the chosen theme with aria-pressed, and fires nps-theme-select (again: cleared)', async () => {
    const el = await panel();
    const chosen = oneEvent(el, 'nps-theme-select');
    buttons(el)[0]?.click();
    expect((await chosen).detail).to.deep.equal({ theme: 'PRICE', category: 'DETRACTOR' });
    el.selected = { theme: 'PRICE', category: 'DETRACTOR' };
    await el.updateComplete;
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
    ]);
    const cleared = oneEvent(el, 'nps-theme-select');
    buttons(el)[0]?.click();
    expect((await cleared).detail).to.deep.equal({ theme: null, category: null });
  });

  it('shows the comments behind the theme with the words marked, as text: never as HTML', async () => {
    const el = await panel({ theme: 'PRICE', category: 'DETRACTOR' }, COMMENTS);
    const quote = el.shadowRoot?.querySelector('[part="comments"] blockquote');
    expect(quote?.querySelector('img')).to.equal(null);
    expect(quote?.textContent).to.equal(HOSTILE);
    expect([...(quote?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent)).to.deep.equal([
      'expensive',
    ]);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it("shows the comments behind one of the survey's own themes under its name, the words of its cues marked", async () => {
    const el = await panel({ code: 'APP', category: 'DETRACTOR' }, APP_COMMENTS);
    expect(el.shadowRoot?.querySelector('[part="comments"] h3')?.textContent).to.contain('The app');
    const quote = el.shadowRoot?.querySelector('[part="comments"] blockquote');
    expect(quote?.textContent).to.equal(APP_COMMENT);
    expect([...(quote?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent)).to.deep.equal([
      'app',
    ]);
  });
});
