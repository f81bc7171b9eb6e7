import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { displayName } from '../../../i18n/intl.ts';
import { emit, type NpsEventMap } from '../../../internal/events.ts';
import type { Channel, DashboardSurvey } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts, segmentName } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { CHANNELS, EVERYWHERE, PERIOD_LABELS, PERIODS, type Segment } from '../../dashboard/view.ts';
import { styles } from './nps-dashboard-filters.styles.ts';

/**
 * What the dashboard shows: which survey (when there are several), the period, and a language, market and channel
 * (each or all); what it is filtered to, in words, with a button that shows everything again; and the export of the
 * answers shown, for those who may read them.
 *
 * @fires nps-filter - Another survey, period, language, market or channel was chosen.
 * @fires nps-export - The answers shown are to be exported.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsDashboardFilters extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The surveys the token or person may read. */
  @property({ attribute: false }) surveys: readonly DashboardSurvey[] = [];

  /** The survey shown. */
  @property({ attribute: false }) surveyId = '';

  /** The period, in days. */
  @property({ type: Number }) days = 30;

  /** The language, market and channel shown (null: all). */
  @property({ attribute: false }) segment: Segment = EVERYWHERE;

  /** Whether the answers may be exported (the right to read them). */
  @property({ type: Boolean, attribute: 'can-export' }) canExport = false;

  /** An export is under way. */
  @property({ type: Boolean }) exporting = false;

  /** Language of its texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private names = (code: string, kind: 'language' | 'market'): string =>
    displayName(code, kind, this.language);

  private filter(change: NpsEventMap['nps-filter']): void {
    emit(this, 'nps-filter', change);
  }

  private renderSurveys() {
    if (this.surveys.length <= 1) return nothing;
    return html`<label>${this.i18n.t('survey')}
      <select @change=${(e: Event) => this.filter({ surveyId: (e.target as HTMLSelectElement).value })}>
        ${this.surveys.map((s) => html`<option value=${s.id} ?selected=${s.id === this.surveyId}>${s.brand}</option>`)}
      </select></label>`;
  }

  override render() {
    const { i18n, segment } = this;
    const survey = this.surveys.find((s) => s.id === this.surveyId);
    const value = (e: Event) => (e.target as HTMLSelectElement).value || null;
    const filtered = Boolean(segment.language || segment.market || segment.channel);
    return html`
      ${this.renderSurveys()}
      <label>${i18n.t('period')}
        <select name="period" @change=${(e: Event) => this.filter({ days: Number(value(e)) })}>
          ${PERIODS.map((d) => html`<option value=${d} ?selected=${d === this.days}>${i18n.t(PERIOD_LABELS[d])}</option>`)}
        </select></label>
      <label>${i18n.t('language')}
        <select name="language" @change=${(e: Event) => this.filter({ language: value(e) })}>
          <option value="" ?selected=${!segment.language}>${i18n.t('allLanguages')}</option>
          ${survey?.languages.map((l) => html`<option value=${l} ?selected=${l === segment.language}>${this.names(l, 'language')}</option>`)}
        </select></label>
      <label>${i18n.t('market')}
        <select name="market" @change=${(e: Event) => this.filter({ market: value(e) })}>
          <option value="" ?selected=${!segment.market}>${i18n.t('allMarkets')}</option>
          ${survey?.markets.map((m) => html`<option value=${m} ?selected=${m === segment.market}>${this.names(m, 'market')}</option>`)}
        </select></label>
      <label>${i18n.t('channel')}
        <select name="channel" @change=${(e: Event) => this.filter({ channel: value(e) as Channel | null })}>
          <option value="" ?selected=${!segment.channel}>${i18n.t('allChannels')}</option>
          ${CHANNELS.map((c) => html`<option value=${c} ?selected=${c === segment.channel}>${i18n.t(`channel_${c}`)}</option>`)}
        </select></label>
      ${
        filtered
          ? html`<span class="chip" role="status">${i18n.t('filteredTo', { segment: segmentName(segment, i18n, this.names) })}
            <button class="button" @click=${() => this.filter(EVERYWHERE)}>${i18n.t('clearFilter')}</button></span>`
          : nothing
      }
      <button class="button" @click=${() => emit(this, 'nps-export', {})} ?disabled=${this.exporting} ?hidden=${!this.canExport}>
        ${this.exporting ? i18n.t('exporting') : i18n.t('exportCsv')}
      </button>
    `;
  }
}
