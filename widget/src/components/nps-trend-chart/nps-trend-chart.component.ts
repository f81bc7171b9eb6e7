import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { TrendPoint } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import type { Overrides } from '../../i18n/i18n.controller.ts';
import { styles } from './nps-trend-chart.styles.ts';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };

const x = (i: number, n: number) => PAD.left + (n <= 1 ? 0 : (i / (n - 1)) * (WIDTH - PAD.left - PAD.right));
const y = (nps: number) =>
  PAD.top + ((100 - Math.max(-100, Math.min(100, nps))) / 200) * (HEIGHT - PAD.top - PAD.bottom);

/**
 * NPS over time as a line, with its 95% confidence band, on the fixed −100 to +100 scale (so that two charts compare
 * at a glance). For screen readers, a sentence from the first to the last period, and the figures as a table.
 *
 * @csspart chart - The SVG.
 * @csspart band - The confidence band.
 * @csspart line - The NPS line.
 * @csspart point - Each period's point.
 * @csspart empty - Said when there is nothing to draw.
 * @cssproperty --nps-dashboard-accent - Line colour.
 * @cssproperty --nps-trend-band - Band colour.
 */
export class NpsTrendChart extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** Periods oldest first; those without answers are skipped. */
  @property({ attribute: false }) points: readonly TrendPoint[] = [];

  /** Language of the chart's own texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private date(iso: string | null): string {
    return iso
      ? new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))
      : '';
  }

  override render() {
    const points = this.points.filter(
      (p): p is TrendPoint & { score: { nps: number } } => p.score.responses > 0 && p.score.nps !== null,
    );
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return html`<p part="empty">${this.i18n.t('noAnswers')}</p>`;
    const n = points.length;
    const upper = points.map((p, i) => `${x(i, n)},${y(p.score.nps + (p.score.marginOfError ?? 0))}`);
    const lower = points
      .map((p, i) => `${x(i, n)},${y(p.score.nps - (p.score.marginOfError ?? 0))}`)
      .reverse();
    const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i, n)},${y(p.score.nps)}`).join('');
    const summary = this.i18n.t('trendSummary', {
      first: formatNps(first.score.nps, this.language),
      firstDate: this.date(first.period),
      last: formatNps(last.score.nps, this.language),
      lastDate: this.date(last.period),
    });
    return html`
      <svg part="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${summary}>
        ${[100, 50, 0, -50, -100].map(
          (
            v,
          ) => svg`<line class=${v === 0 ? 'grid zero' : 'grid'} x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(v)} y2=${y(v)}></line>
            <text x=${PAD.left - 6} y=${y(v) + 4} text-anchor="end">${formatNps(v, this.language)}</text>`,
        )}
        <polygon part="band" points=${[...upper, ...lower].join(' ')}></polygon>
        <path part="line" d=${line}></path>
        ${n <= 60 ? points.map((p, i) => svg`<circle part="point" cx=${x(i, n)} cy=${y(p.score.nps)} r="3"></circle>`) : nothing}
        <text x=${PAD.left} y=${HEIGHT - 4}>${this.date(first.period)}</text>
        <text x=${WIDTH - PAD.right} y=${HEIGHT - 4} text-anchor="end">${this.date(last.period)}</text>
      </svg>
      <details>
        <summary>${this.i18n.t('trendTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${this.i18n.t('periodStart')}</th>
              <th scope="col">${this.i18n.t('nps')}</th>
              <th scope="col">±</th>
              <th scope="col">${this.i18n.t('answers')}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) => html`<tr>
                <td>${this.date(p.period)}</td>
                <td>${formatNps(p.score.nps, this.language)}</td>
                <td>${this.i18n.number(Math.round(p.score.marginOfError ?? 0))}</td>
                <td>${this.i18n.number(p.score.responses)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }
}
