import { expect, fixture, html } from '@open-wc/testing';
import type { TrendPoint } from '../../dashboard/api/client.ts';
import type { NpsTrendChart } from './nps-trend-chart.component.ts';
import './nps-trend-chart.ts';

const POINTS: TrendPoint[] = [
  { period: '2026-11-02T00:00:00.000Z', score: { responses: 40, nps: 20, marginOfError: 25 } },
  { period: '2026-11-09T00:00:00.000Z', score: { responses: 0, nps: null, marginOfError: null } },
  { period: '2026-11-16T00:00:00.000Z', score: { responses: 52, nps: -6.4, marginOfError: 22 } },
];

const chart = (points = POINTS) =>
  fixture<NpsTrendChart>(html`<nps-trend-chart .points=${points}></nps-trend-chart>`);

describe('<nps-trend-chart>', () => {
  it('is accessible', async () => {
    await expect(await chart()).to.be.accessible();
  });

  it('is an image named by a sentence from the first period to the last, with the figures as a table', async () => {
    const el = await chart();
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('role')).to.equal('img');
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('aria-label')).to.equal(
      'NPS went from +20 in the period starting Nov 2, 2026 to -6 in the period starting Nov 16, 2026.',
    );
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['Nov 2, 2026 +20 25 40', 'Nov 16, 2026 -6 22 52']);
  });

  it('draws a point per period with answers, inside a band of the margin of error', async () => {
    const el = await chart();
    expect(el.shadowRoot?.querySelectorAll('[part="point"]')).to.have.length(2);
    const band = el.shadowRoot?.querySelector('[part="band"]')?.getAttribute('points')?.split(' ') ?? [];
    expect(band).to.have.length(4);
  });

  it('says so when there is nothing to draw', async () => {
    const el = await chart([]);
    expect(el.shadowRoot?.querySelector('[part="empty"]')?.textContent).to.equal(
      'No answers in this period.',
    );
  });
});
