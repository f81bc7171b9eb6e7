import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import type { DashboardReport } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-headline.styles.ts';

type Headline = DashboardReport['headline'];

/**
 * The headline score of a view: its NPS, margin of error and number of answers; its change from the previous period,
 * marked significant or not; and the split of promoters, passives and detractors, as a bar and in figures.
 *
 * @csspart headline - The NPS, its margin and the answers.
 * @csspart nps - The NPS figure (`data-nps`: its value).
 * @csspart change - The change from the previous period.
 * @csspart split - The promoters / passives / detractors bar.
 */
export class NpsHeadline extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The view's score. */
  @property({ attribute: false }) score: Headline['overall'] | null = null;

  /** Its change from the previous period of as many days. */
  @property({ attribute: false }) change: Headline['overallChange'] = null;

  /** The period, in days. */
  @property({ type: Number }) days = 30;

  /** Language of its texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  /** "+6 vs previous 30 days", marked significant or not, when the previous period had answers. */
  private renderChange() {
    const { change, i18n } = this;
    if (change?.points === null || change?.points === undefined) return nothing;
    const significant = change.significant === true;
    return html`<p part="change" ?data-significant=${significant}>
      ${i18n.t('change', { change: formatNps(change.points, this.language), count: this.days })}
      · <span class="${significant ? 'significant' : 'muted'}">${i18n.t(significant ? 'significant' : 'notSignificant')}</span>
      <span class="muted">(±${i18n.number(Math.round(change.marginOfError ?? 0))})</span>
    </p>`;
  }

  override render() {
    const { score, i18n } = this;
    if (!score) return nothing;
    const percent = (value: number | null) => i18n.percent(value ?? 0);
    const count = (value: number) => i18n.number(value);
    const split = i18n.t('split', {
      promoters: percent(score.promoterPercent),
      passives: percent(score.passivePercent),
      detractors: percent(score.detractorPercent),
    });
    return html`
      <div part="headline">
        <span part="nps" data-nps=${score.nps ?? ''}>${formatNps(score.nps, this.language)}</span>
        <span>${i18n.t('marginOfError', { value: Math.round(score.marginOfError ?? 0) })}</span>
        <span class="muted">${i18n.t('responses', { count: score.responses })}</span>
      </div>
      ${this.renderChange()}
      <div part="split" role="img" aria-label=${split}>
        <span class="promoters" style=${styleMap({ width: `${score.promoterPercent ?? 0}%` })}></span>
        <span class="passives" style=${styleMap({ width: `${score.passivePercent ?? 0}%` })}></span>
        <span class="detractors" style=${styleMap({ width: `${score.detractorPercent ?? 0}%` })}></span>
      </div>
      <div class="legend" aria-hidden="true">
        <span style="--swatch: #16a34a">${i18n.t('promoters')} ${percent(score.promoterPercent)} (${count(score.promoters)})</span>
        <span style="--swatch: #9ca3af">${i18n.t('passives')} ${percent(score.passivePercent)} (${count(score.passives)})</span>
        <span style="--swatch: #dc2626">${i18n.t('detractors')} ${percent(score.detractorPercent)} (${count(score.detractors)})</span>
      </div>
    `;
  }
}
