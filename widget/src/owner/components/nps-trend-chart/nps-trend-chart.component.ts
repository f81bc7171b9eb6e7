import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { formatDate } from '../../../i18n/intl.ts';
import type { TrendPoint } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-trend-chart.styles.ts';

const HEIGHT = 280;
const PAD = { left: 44, right: 16, top: 12, bottom: 40 };
/** Date labels along the axis, at most: more would overlap on a phone. */
const MAX_DATE_LABELS = 6;

type Drawn = TrendPoint & { score: { nps: number } };

/**
 * NPS over time as a line with its 95% confidence band, on the fixed −100 to +100 scale (so that two charts compare
 * at a glance), and the previous period's line dashed beside it. Drawn at the width it is given, so that its axis
 * labels stay readable in the dashboard's language. Each period is a point to focus (one tab stop; arrow keys move)
 * or hover, which says its NPS, margin and answers. For screen readers, a sentence from the first to the last period,
 * and the figures as a table.
 *
 * @csspart chart - The SVG.
 * @csspart band - The confidence band.
 * @csspart line - The NPS line.
 * @csspart previous - The previous period's line.
 * @csspart point - Each period's point.
 * @csspart tooltip - What the focused or hovered point says.
 * @csspart empty - Said when there is nothing to draw.
 * @cssproperty --nps-dashboard-accent - Line colour.
 * @cssproperty --nps-trend-band - Band colour.
 * @cssproperty --nps-trend-previous - The previous period's line colour.
 */
export class NpsTrendChart extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width && width !== this.width) this.width = width;
  });

  @query('svg') private readonly chart?: SVGSVGElement;

  @state() private width = 640;
  /** The point focused or hovered, by index among the drawn points. */
  @state() private active: number | null = null;

  /** Periods oldest first, each with the same period of the comparison (`change.previous`); empty ones are skipped. */
  @property({ attribute: false }) points: readonly TrendPoint[] = [];

  /** Length of the comparison period in days, for the legend; 0: no comparison line. */
  @property({ type: Number }) days = 0;

  /** Language of the chart's own texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
    if (changed.has('points')) this.active = null;
  }

  private date(iso: string | null, style: 'medium' | 'short' = 'medium'): string {
    if (!iso) return '';
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { month: 'short', day: 'numeric', timeZone: 'UTC' }
        : { dateStyle: 'medium', timeZone: 'UTC' };
    return formatDate(iso, this.language, options);
  }

  private x(i: number, n: number): number {
    return (
      PAD.left +
      (n <= 1 ? (this.width - PAD.left - PAD.right) / 2 : (i / (n - 1)) * (this.width - PAD.left - PAD.right))
    );
  }

  private y(nps: number): number {
    return PAD.top + ((100 - Math.max(-100, Math.min(100, nps))) / 200) * (HEIGHT - PAD.top - PAD.bottom);
  }

  private describe(point: Drawn): string {
    return this.i18n.t('trendPoint', {
      date: this.date(point.period),
      nps: formatNps(point.score.nps, this.language),
      margin: this.i18n.number(Math.round(point.score.marginOfError ?? 0)),
      responses: this.i18n.t('responses', { count: point.score.responses }),
    });
  }

  /** Arrow keys move along the points as drawn (time runs left to right in every language, like the axis). */
  private handleKey(event: KeyboardEvent, count: number): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | undefined;
    if (event.key in moves)
      next = Math.min(count - 1, Math.max(0, (this.active ?? 0) + (moves[event.key] ?? 0)));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = count - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      this.chart?.querySelectorAll<SVGElement>('[part~="point"]')[next as number]?.focus(),
    );
  }

  private renderPrevious(points: readonly Drawn[]) {
    const n = points.length;
    const previous = points
      .map((p, i) => ({ i, nps: p.change?.previous.responses ? p.change.previous.nps : null }))
      .filter((p): p is { i: number; nps: number } => p.nps !== null);
    if (!this.days || previous.length < 2) return nothing;
    const path = previous.map((p, k) => `${k ? 'L' : 'M'}${this.x(p.i, n)},${this.y(p.nps)}`).join('');
    return svg`<path part="previous" d=${path}></path>`;
  }

  private renderDateLabels(points: readonly Drawn[]) {
    const n = points.length;
    const every = Math.max(
      1,
      Math.ceil(n / Math.min(MAX_DATE_LABELS, Math.max(2, Math.floor(this.width / 110)))),
    );
    return points.map((p, i) =>
      i % every === 0 || i === n - 1
        ? svg`<text class="axis" x=${this.x(i, n)} y=${HEIGHT - PAD.bottom + 20} text-anchor="middle">${this.date(p.period, 'short')}</text>`
        : nothing,
    );
  }

  override render() {
    const points = this.points.filter((p): p is Drawn => p.score.responses > 0 && p.score.nps !== null);
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return html`<p part="empty">${this.i18n.t('noAnswers')}</p>`;
    const n = points.length;
    const upper = points.map(
      (p, i) => `${this.x(i, n)},${this.y(p.score.nps + (p.score.marginOfError ?? 0))}`,
    );
    const lower = points
      .map((p, i) => `${this.x(i, n)},${this.y(p.score.nps - (p.score.marginOfError ?? 0))}`)
      .reverse();
    const line = points.map((p, i) => `${i ? 'L' : 'M'}${this.x(i, n)},${this.y(p.score.nps)}`).join('');
    const summary = this.i18n.t('trendSummary', {
      first: formatNps(first.score.nps, this.language),
      firstDate: this.date(first.period),
      last: formatNps(last.score.nps, this.language),
      lastDate: this.date(last.period),
    });
    const focused = this.active ?? n - 1;
    const active = this.active === null ? undefined : points[this.active];
    return html`
      <p class="legend" aria-hidden="true">
        <span class="now">${this.i18n.t('nps')}</span>
        ${this.days ? html`<span class="before">${this.i18n.t('previousPeriod', { count: this.days })}</span>` : nothing}
      </p>
      <svg
        part="chart"
        viewBox="0 0 ${this.width} ${HEIGHT}"
        height=${HEIGHT}
        role="group"
        aria-label=${summary}
        @keydown=${(event: KeyboardEvent) => this.handleKey(event, n)}
        @mouseleave=${() => {
          this.active = null;
        }}
      >
        ${[100, 50, 0, -50, -100].map(
          (
            v,
          ) => svg`<line class=${v === 0 ? 'grid zero' : 'grid'} x1=${PAD.left} x2=${this.width - PAD.right} y1=${this.y(v)} y2=${this.y(v)}></line>
            <text class="axis" x=${PAD.left - 8} y=${this.y(v) + 4} text-anchor="end">${formatNps(v, this.language)}</text>`,
        )}
        <polygon part="band" points=${[...upper, ...lower].join(' ')}></polygon>
        ${this.renderPrevious(points)}
        <path part="line" d=${line}></path>
        ${points.map(
          (p, i) => svg`<circle
            part=${i === this.active ? 'point active' : 'point'}
            cx=${this.x(i, n)}
            cy=${this.y(p.score.nps)}
            r=${i === this.active ? 6 : 4}
            tabindex=${i === focused ? '0' : '-1'}
            role="img"
            aria-label=${this.describe(p)}
            @focus=${() => {
              this.active = i;
            }}
            @mouseenter=${() => {
              this.active = i;
            }}
          ></circle>`,
        )}
        ${this.renderDateLabels(points)}
      </svg>
      <p part="tooltip" aria-hidden="true">${active ? this.describe(active) : nothing}</p>
      <details>
        <summary>${this.i18n.t('trendTable')}</summary>
        <div class="scroll"><table>
          <thead>
            <tr>
              <th scope="col">${this.i18n.t('periodStart')}</th>
              <th scope="col">${this.i18n.t('nps')}</th>
              <th scope="col">±</th>
              <th scope="col">${this.i18n.t('answers')}</th>
              ${this.days ? html`<th scope="col">${this.i18n.t('previousPeriod', { count: this.days })}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) => html`<tr>
                <td>${this.date(p.period)}</td>
                <td>${formatNps(p.score.nps, this.language)}</td>
                <td>${this.i18n.number(Math.round(p.score.marginOfError ?? 0))}</td>
                <td>${this.i18n.number(p.score.responses)}</td>
                ${this.days ? html`<td>${formatNps(p.change?.previous.nps, this.language)}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table></div>
      </details>
    `;
  }
}
