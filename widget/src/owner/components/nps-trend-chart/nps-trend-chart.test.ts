import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TrendPoint } from '../../dashboard/api/client.ts';
import type { NpsTrendChart } from './nps-trend-chart.component.ts';
import './nps-trend-chart.ts';

const previous = (nps: number) => ({ previous: { responses: 30, nps, marginOfError: 20 } });
const POINTS: TrendPoint[] = [
  {
    period: '2026-11-02T00:00:00.000Z',
    score: { responses: 40, nps: 20, marginOfError: 25 },
    change: previous(5),
  },
  {
    period: '2026-11-09T00:00:00.000Z',
    score: { responses: 0, nps: null, marginOfError: null },
    change: null,
  },
  {
    period: '2026-11-16T00:00:00.000Z',
    score: { responses: 52, nps: -6.4, marginOfError: 22 },
    change: previous(12),
  },
];

const chart = (points = POINTS, days = 0) =>
  fixture<NpsTrendChart>(html`<nps-trend-chart .points=${points} days=${days}></nps-trend-chart>`);

const points = (el: NpsTrendChart) => [
  ...(el.shadowRoot?.querySelectorAll<SVGElement>('[part~="point"]') ?? []),
];

describe('<nps-trend-chart>', () => {
  it('is accessible', async () => {
    await expect(await chart(POINTS, 30)).to.be.accessible();
  });

  it('is a group named by a sentence from the first period to the last, with the figures as a table', async () => {
    const el = await chart();
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('aria-label')).to.equal(
      'NPS went from +20 in the period starting Nov 2, 2026 to -6 in the period starting Nov 16, 2026.',
    );
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['Nov 2, 2026 +20 25 40', 'Nov 16, 2026 -6 22 52']);
  });

  it('draws a point per period with answers, inside a band of the margin of error, at its own width', async () => {
    const el = await chart();
    expect(points(el)).to.have.length(2);
    const band = el.shadowRoot?.querySelector('[part="band"]')?.getAttribute('points')?.split(' ') ?? [];
    expect(band).to.have.length(4);
    const width = Math.round(el.getBoundingClientRect().width);
    await waitUntil(
      () => el.shadowRoot?.querySelector('svg')?.getAttribute('viewBox') === `0 0 ${width} 280`,
      'drawn at its width',
    );
    // Axis labels drawn at their size in pixels: readable at any width.
    const label = el.shadowRoot?.querySelector<SVGTextElement>('text.axis');
    expect(label && Number.parseFloat(getComputedStyle(label).fontSize)).to.equal(13);
  });

  it('draws the previous period dashed beside it, with its legend and its column', async () => {
    const el = await chart(POINTS, 30);
    expect(el.shadowRoot?.querySelector('[part="previous"]')).to.exist;
    expect(el.shadowRoot?.querySelector('.legend')?.textContent).to.contain('Previous 30 days');
    const last = el.shadowRoot?.querySelectorAll('tbody tr')[1]?.textContent?.replace(/\s+/g, ' ').trim();
    expect(last).to.equal('Nov 16, 2026 -6 22 52 +12');
    expect((await chart(POINTS, 0)).shadowRoot?.querySelector('[part="previous"]')).to.equal(null);
  });

  it('lets the keyboard move along the points from one tab stop, each saying its NPS, margin and answers', async () => {
    const el = await chart();
    expect(points(el).map((p) => p.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    expect(points(el)[1]?.getAttribute('aria-label')).to.equal('Nov 16, 2026: NPS -6, ±22, 52 responses');
    points(el)[1]?.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement).to.equal(points(el)[0]);
    expect(el.shadowRoot?.querySelector('[part="tooltip"]')?.textContent).to.equal(
      'Nov 2, 2026: NPS +20, ±25, 40 responses',
    );
  });

  it('says so when there is nothing to draw', async () => {
    const el = await chart([]);
    expect(el.shadowRoot?.querySelector('[part="empty"]')?.textContent).to.equal(
      'No responses in this period.',
    );
  });
});
