import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import type { DashboardReport } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-reason-counts.styles.ts';

/**
 * Why the detractors followed up were unhappy, as those who followed them up recorded it: each reason with its count,
 * most first, and a bar against the largest.
 */
export class NpsReasonCounts extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** Each reason recorded, with how many follow-ups gave it. */
  @property({ attribute: false }) reasons: DashboardReport['followUpReasons'] = [];

  /** Language of its texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  override render() {
    const { i18n, reasons } = this;
    if (!reasons.length) return html`<p class="muted">${i18n.t('noReasons')}</p>`;
    const most = Math.max(1, ...reasons.map((r) => r.count));
    return html`<ul class="reasons">
      ${reasons.map(
        (r) => html`<li>
          <span>${i18n.t(`reason_${r.reason}`)}</span>
          <meter min="0" max=${most} value=${r.count} aria-hidden="true"></meter>
          <span>${i18n.number(r.count)}</span>
        </li>`,
      )}
    </ul>`;
  }
}
