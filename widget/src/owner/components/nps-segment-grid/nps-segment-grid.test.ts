import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { GridSegment } from '../../dashboard/api/client.ts';
import type { NpsSegmentGrid } from './nps-segment-grid.component.ts';
import './nps-segment-grid.ts';

const SEGMENTS: GridSegment[] = [
  {
    language: 'el',
    market: 'GR',
    score: { responses: 120, nps: 41.5, marginOfError: 12.2, lowerBound: 28.6, hidden: false },
    change: { points: 14, marginOfError: 17, significant: false },
  },
  {
    language: 'el',
    market: 'CY',
    score: { responses: 12, nps: null, marginOfError: null, lowerBound: null, hidden: true },
    change: { points: null, marginOfError: null, significant: null },
  },
  {
    language: 'tr',
    market: 'TR',
    score: { responses: 300, nps: -8, marginOfError: 9.6, lowerBound: -17.4, hidden: false },
    change: { points: -21, marginOfError: 13, significant: true },
  },
];

async function grid(selected: NpsSegmentGrid['selected'] = null): Promise<NpsSegmentGrid> {
  return fixture<NpsSegmentGrid>(
    html`<nps-segment-grid .segments=${SEGMENTS} .selected=${selected}></nps-segment-grid>`,
  );
}

const cells = (el: NpsSegmentGrid) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="cell"]') ?? []),
];

describe('<nps-segment-grid>', () => {
  it('is accessible', async () => {
    await expect(await grid()).to.be.accessible();
  });

  it('is a captioned table, languages by markets, each cell a button named by its figures', async () => {
    const el = await grid();
    expect(el.shadowRoot?.querySelector('caption')?.textContent).to.equal('NPS by language and market');
    const headers = [...(el.shadowRoot?.querySelectorAll('th') ?? [])].map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['CY', 'GR', 'TR', 'el', 'tr']);
    expect(cells(el).map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'el, CY: too few 12 responses',
      'el, GR: NPS +42 +14(not significant) ±12 · 120 responses',
      'tr, TR: NPS -8 -21*(significant) ±10 · 300 responses',
    ]);
    expect(el.shadowRoot?.querySelectorAll('[part="empty"]')).to.have.length(3);
  });

  it('marks a cell the API hides (too few answers) with its answers and without an NPS', async () => {
    const [cyprus] = cells(await grid());
    expect(cyprus?.getAttribute('part')).to.equal('cell too-few');
    expect(cyprus?.textContent).to.contain('too few');
    expect(cyprus?.textContent).to.contain('12 responses');
  });

  it('ranks the cells by the lower end of their interval, hidden ones last, when asked', async () => {
    const el = await grid();
    const choice = el.shadowRoot?.querySelector<HTMLSelectElement>('select[name="grid-view"]');
    if (!choice) throw new Error('no view choice');
    choice.value = 'ranked';
    choice.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody th[scope="row"]') ?? [])].map(
      (th) => th.textContent,
    );
    // +42 (lower bound +29) above -8 (-17); the 12-answer cell last.
    expect(rows).to.deep.equal(['el, GR', 'tr, TR', 'el, CY']);
    await expect(el).to.be.accessible();
  });

  it('says which cell is chosen with aria-pressed', async () => {
    const el = await grid({ language: 'tr', market: 'TR' });
    expect(cells(el).map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('fires nps-segment-select with the cell, and with nulls when the chosen cell is chosen again', async () => {
    const el = await grid();
    const chosen = oneEvent(el, 'nps-segment-select');
    cells(el)[1]?.click();
    expect((await chosen).detail).to.deep.equal({ language: 'el', market: 'GR' });

    el.selected = { language: 'el', market: 'GR' };
    await el.updateComplete;
    const cleared = oneEvent(el, 'nps-segment-select');
    cells(el)[1]?.click();
    expect((await cleared).detail).to.deep.equal({ language: null, market: null });
  });
});
