import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { emit } from '../../../internal/events.ts';
import type { Channel, DashboardReport } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-channel-table.styles.ts';

/**
 * NPS by channel (on the site, by email, by link) over the period, every language and market: a row each, with its
 * answers and its NPS (or "too few"); a row's name filters the dashboard to it, and again shows every channel.
 *
 * @fires nps-filter - A channel was chosen (null: every channel again).
 * @cssproperty --nps-dashboard-accent - Focus.
 */
export class NpsChannelTable extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The channels' scores. */
  @property({ attribute: false }) rows: DashboardReport['channels']['segments'] = [];

  /** The channel the dashboard is filtered to, if any. */
  @property({ attribute: false }) selected: Channel | null = null;

  /** Language of its texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  override render() {
    const { i18n, rows, selected } = this;
    if (!rows.length) return html`<p class="muted">${i18n.t('noAnswers')}</p>`;
    return html`<div class="scrolls"><table class="channels">
      <thead><tr><th scope="col">${i18n.t('channel')}</th><th scope="col">${i18n.t('answers')}</th><th scope="col">${i18n.t('nps')}</th></tr></thead>
      <tbody>${rows.map(
        ({ channel, score }) => html`<tr>
          <th scope="row"><button aria-pressed=${channel === selected ? 'true' : 'false'}
            @click=${() => emit(this, 'nps-filter', { channel: channel === selected ? null : (channel ?? null) })}>
            ${channel ? i18n.t(`channel_${channel}`) : ''}</button></th>
          <td>${i18n.number(score.responses)}</td>
          <td>${
            score.hidden || score.nps === null
              ? i18n.t('tooFew')
              : html`${formatNps(score.nps, this.language)} <small class="muted">${i18n.t('marginOfError', { value: i18n.number(Math.round(score.marginOfError ?? 0)) })}</small>`
          }</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
  }
}
