import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ApiError, TOKEN_KEY } from '../../../api/client.ts';
import { applyLanguage, type Overrides } from '../../../i18n/i18n.controller.ts';
import { displayName, formatDate } from '../../../i18n/intl.ts';
import { browserLanguage, LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import type { NpsEventMap } from '../../../internal/events.ts';
import {
  type Channel,
  type Comment,
  DashboardClient,
  type DashboardReport,
  type DashboardSurvey,
  type DashboardWebhook,
  type FollowUpTask,
  type NpsCategory,
  type Theme,
  type TimeBucket,
  type View,
} from '../../dashboard/api/client.ts';
import { toCsv } from '../../dashboard/csv.ts';
import { dashboardI18n, followTexts, formatNps } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import '../nps-follow-up-queue/nps-follow-up-queue.ts';
import '../nps-segment-grid/nps-segment-grid.ts';
import '../nps-themes-panel/nps-themes-panel.ts';
import '../nps-trend-chart/nps-trend-chart.ts';
import '../nps-webhooks-panel/nps-webhooks-panel.ts';
import { styles } from './nps-dashboard.styles.ts';

const DAY_MS = 86_400_000;
const PERIODS = [7, 30, 90, 365] as const;
const PERIOD_LABELS = { 7: 'last7', 30: 'last30', 90: 'last90', 365: 'last365' } as const;
const BUCKETS: readonly TimeBucket[] = ['DAY', 'WEEK', 'MONTH'];
const CATEGORIES: readonly NpsCategory[] = ['PROMOTER', 'PASSIVE', 'DETRACTOR'];
const CHANNELS: readonly Channel[] = ['WIDGET', 'EMAIL', 'LINK'];
const CATEGORY_SWATCH = { PROMOTER: '#16a34a', PASSIVE: '#9ca3af', DETRACTOR: '#dc2626' } as const;

type ErrorText =
  | 'tokenRefused'
  | 'tokenForbidden'
  | 'errorRateLimited'
  | 'errorOffline'
  | 'errorNetwork'
  | 'errorServer';

/** The dashboard's text for an error code of the API (or `NETWORK`, when no answer came). */
function errorText(code: string, online: boolean): ErrorText {
  if (code === 'UNAUTHENTICATED') return 'tokenRefused';
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'tokenForbidden';
  if (code === 'RATE_LIMITED') return 'errorRateLimited';
  if (code === 'NETWORK') return online ? 'errorNetwork' : 'errorOffline';
  return 'errorServer';
}

/** The bucket that keeps a trend readable: days for a week or a month, weeks for a quarter, months for a year. */
const defaultBucket = (days: number): TimeBucket => (days <= 30 ? 'DAY' : days <= 90 ? 'WEEK' : 'MONTH');

/**
 * The NPS dashboard of one survey, over the public GraphQL API with a read token (asked for once, kept in
 * `sessionStorage`): the headline score with its margin of error, split and change from the previous period, the
 * language × market grid (a cell filters everything else; or ranked by the lower bound), the trend with its
 * confidence band and the previous period, the comment themes of detractors and promoters with the comments behind
 * them, recent comments, the detractors to follow up within 24 hours and why they were unhappy, and an export of the
 * answers as CSV. Visitors' text is only ever rendered as text.
 *
 * @csspart base - The dashboard's layout.
 * @csspart headline - The headline score.
 * @csspart nps - The NPS figure.
 * @csspart change - The change from the previous period.
 * @csspart split - The promoters / passives / detractors bar.
 * @cssproperty --nps-dashboard-accent - Buttons, focus, the chosen cell and the trend line.
 * @cssproperty --nps-dashboard-background - Page background.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-foreground - Text colour.
 * @cssproperty --nps-dashboard-font - Font family.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsDashboard extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  @state() private token = '';
  /** The text of what went wrong (kept as a key, so that it follows a change of language). */
  @state() private error: { key: ErrorText; retry: boolean } | null = null;
  @state() private loading = false;
  @state() private exporting = false;
  @state() private surveys: DashboardSurvey[] = [];
  @state() private surveyId = '';
  @state() private days: (typeof PERIODS)[number] = 30;
  @state() private bucket: TimeBucket = 'DAY';
  @state() private segment: { language: string | null; market: string | null; channel: Channel | null } = {
    language: null,
    market: null,
    channel: null,
  };
  @state() private category: NpsCategory | null = null;
  @state() private report: DashboardReport | null = null;
  @state() private comments: Comment[] = [];
  /** The theme whose comments the "why" panel shows, and their comments. */
  @state() private theme: { theme: Theme; category: 'DETRACTOR' | 'PROMOTER' } | null = null;
  @state() private themeComments: Comment[] = [];
  @state() private queue: FollowUpTask[] = [];
  @state() private webhooks: DashboardWebhook[] = [];
  /** The secret of the subscription just added: shown once. */
  @state() private webhookSecret: string | null = null;
  private client: DashboardClient | null = null;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  /** Number of the last load started: the answer to an older one, arriving late, is dropped. */
  private requested = 0;

  /** The GraphQL endpoint; by default the one of the server the page comes from. */
  @property() endpoint = '/graphql';

  /**
   * Every how many seconds the figures are read again while the page is in view, so that new answers show and the
   * follow-up times count down; 0: never.
   */
  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 60;

  /** The dashboard's texts worded otherwise, per language: a self-hoster's wording, or a language of their own. */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  /** The element is the page (`/dashboard`): it gives the document its language and a title in it. */
  @property({ type: Boolean }) page = false;

  /** Language of the dashboard's texts; the browser's, when it is one of the six, by default. */
  @property({ reflect: true }) language: string = browserLanguage();

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleRefresh();
    // As the page, it opens filtered as its address says (`?language=el&market=CY`, the links of Slack messages).
    if (this.page) {
      const params = new URLSearchParams(location.search);
      const channel = params.get('channel')?.toUpperCase() as Channel | undefined;
      this.segment = {
        language: params.get('language'),
        market: params.get('market'),
        channel: channel && CHANNELS.includes(channel) ? channel : null,
      };
    }
    void this.open(sessionStorage.getItem(TOKEN_KEY), true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refreshSeconds') && this.isConnected) this.scheduleRefresh();
    const applied = followTexts(this.i18n, changed, this);
    if (changed.has('language')) {
      applyLanguage(
        this,
        applied,
        () => this.i18n.direction,
        () => this.i18n.t('pageTitle'),
      );
    }
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    if (this.refreshSeconds <= 0) return;
    this.refreshTimer = setInterval(() => {
      if (this.client && !this.loading && document.visibilityState === 'visible') void this.refresh();
    }, this.refreshSeconds * 1000);
  }

  private get survey(): DashboardSurvey | undefined {
    return this.surveys.find((s) => s.id === this.surveyId);
  }

  /** Whether the token or the person's role allows a right on the survey shown: what it does not, is not shown. */
  private can(right: DashboardSurvey['access'][number]): boolean {
    return this.survey?.access.includes(right) ?? false;
  }

  private get view(): View {
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    return {
      surveyId: this.surveyId,
      from: new Date(today - (this.days - 1) * DAY_MS),
      to: new Date(today + DAY_MS),
      ...this.segment,
    };
  }

  private names = (code: string, kind: 'language' | 'market'): string =>
    displayName(code, kind, this.language);

  private segmentName(): string {
    const { language, market, channel } = this.segment;
    return [
      language && this.names(language, 'language'),
      market && this.names(market, 'market'),
      channel && this.i18n.t(`channel_${channel}`),
    ]
      .filter(Boolean)
      .join(', ');
  }

  private get filtered(): boolean {
    return Boolean(this.segment.language || this.segment.market || this.segment.channel);
  }

  /** Says what went wrong in the dashboard's own words, chosen by the error's code: never the API's English. */
  private fail(error: unknown): void {
    const code = error instanceof ApiError ? error.code : 'NETWORK';
    if (code === 'UNAUTHENTICATED') this.forget();
    this.error = { key: errorText(code, navigator.onLine), retry: code !== 'UNAUTHENTICATED' };
  }

  /**
   * Opens the reports with a token, or (`token` null) with the session cookie of a person signed in to the console;
   * `quietly`: on arrival, where no session is no error, just the token form.
   */
  private async open(token: string | null, quietly = false): Promise<void> {
    const client = new DashboardClient(this.endpoint, token);
    this.error = null;
    try {
      this.surveys = await client.surveys();
      this.client = client;
      this.token = token ?? '';
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      // As the page, the survey its address names (`?survey=<id>`, the console's link), else the newest.
      const named = this.page ? new URLSearchParams(location.search).get('survey') : null;
      this.surveyId = this.surveys.find((s) => s.id === named)?.id ?? this.surveys[0]?.id ?? '';
      this.bucket = defaultBucket(this.days);
      await this.refresh();
    } catch (error) {
      if (!quietly) this.fail(error);
    }
  }

  private forget(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    this.token = '';
    this.client = null;
    this.surveys = [];
    this.report = null;
  }

  /** Loads everything the view shows; `parts` narrows it to what a change affects. */
  private async refresh(
    parts: readonly ('report' | 'comments' | 'queue' | 'webhooks')[] = [
      'report',
      'comments',
      'queue',
      'webhooks',
    ],
  ) {
    const client = this.client;
    if (!client || !this.surveyId) return;
    const request = ++this.requested;
    const view = this.view;
    this.loading = true;
    try {
      const [report, comments, queue, webhooks] = await Promise.all([
        parts.includes('report') ? client.report(view, this.bucket) : this.report,
        !this.can('COMMENTS')
          ? []
          : parts.includes('comments')
            ? client.comments(view, this.category)
            : this.comments,
        !this.can('FOLLOW_UPS')
          ? []
          : parts.includes('queue')
            ? client.followUpQueue(view.surveyId)
            : this.queue,
        !this.can('WEBHOOKS')
          ? []
          : parts.includes('webhooks')
            ? client.webhooks(view.surveyId)
            : this.webhooks,
      ]);
      if (request !== this.requested) return;
      this.report = report;
      this.comments = comments;
      this.queue = queue;
      this.webhooks = webhooks;
      this.error = null;
    } catch (error) {
      if (request === this.requested) this.fail(error);
    } finally {
      if (request === this.requested) this.loading = false;
    }
  }

  private handleTokenSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget as HTMLFormElement).get('token') ?? '').trim();
    if (token) void this.open(token);
  }

  private handleSegment(event: CustomEvent<NpsEventMap['nps-segment-select']>): void {
    this.filterTo(event.detail.language, event.detail.market);
  }

  /**
   * Filters everything but the grid and the channels to one language, market and channel; null: all of them. The
   * grid's cells keep the channel chosen.
   */
  private filterTo(language: string | null, market: string | null, channel = this.segment.channel): void {
    this.segment = { language, market, channel };
    this.theme = null;
    void this.refresh();
  }

  private async handleTheme(event: CustomEvent<NpsEventMap['nps-theme-select']>): Promise<void> {
    const { theme, category } = event.detail;
    this.theme = theme ? { theme, category } : null;
    this.themeComments = [];
    try {
      await this.loadThemeComments();
    } catch (error) {
      this.fail(error);
    }
  }

  /** The comments behind the chosen theme, unless another was chosen meanwhile. */
  private async loadThemeComments(): Promise<void> {
    const chosen = this.theme;
    if (!chosen || !this.client || !this.can('COMMENTS')) return;
    const comments = await this.client.comments(this.view, chosen.category, chosen.theme);
    if (this.theme === chosen) this.themeComments = comments;
  }

  /** An analyst's correction: saved, then the themes counted and the comments shown again, as now stored. */
  private async handleThemeCorrect(event: CustomEvent<NpsEventMap['nps-theme-correct']>): Promise<void> {
    const { responseId, theme, present } = event.detail;
    try {
      await this.client?.correctTheme(responseId, theme, present);
      await Promise.all([this.refresh(['report']), this.loadThemeComments()]);
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleWebhookCreate(event: CustomEvent<NpsEventMap['nps-webhook-create']>): Promise<void> {
    const { url, events, format } = event.detail;
    try {
      this.webhookSecret = (await this.client?.createWebhook(this.surveyId, url, events, format)) ?? null;
      await this.refresh(['webhooks']);
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleWebhookTest(event: CustomEvent<NpsEventMap['nps-webhook-test']>): Promise<void> {
    try {
      await this.client?.testWebhook(event.detail.id);
      await this.refresh(['webhooks']);
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleWebhookDelete(event: CustomEvent<NpsEventMap['nps-webhook-delete']>): Promise<void> {
    try {
      await this.client?.deleteWebhook(event.detail.id);
      await this.refresh(['webhooks']);
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleFollowUp(event: CustomEvent<NpsEventMap['nps-follow-up-record']>): Promise<void> {
    const { responseId, by, note, reasons } = event.detail;
    try {
      await this.client?.recordFollowUp({ responseId, by, note, reasons });
      this.queue = this.queue.filter((task) => task.response.id !== responseId);
      await this.refresh(['report']);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Saves the view's answers as a CSV file. */
  async exportCsv(): Promise<void> {
    if (!this.client || this.exporting) return;
    this.exporting = true;
    try {
      const view = this.view;
      const rows = await this.client.exportResponses(view);
      const csv = toCsv(
        [
          'createdAt',
          'score',
          'category',
          'language',
          'market',
          'channel',
          'comment',
          'themes',
          'pageUrl',
          'followedUpAt',
          'followedUpBy',
          'reasons',
          'note',
        ],
        rows.map((r) => [
          r.createdAt,
          r.score,
          r.category,
          r.language,
          r.market,
          r.channel,
          r.comment,
          r.themes.join(' '),
          r.pageUrl,
          r.followUp?.at,
          r.followUp?.by,
          r.followUp?.reasons.join(' '),
          r.followUp?.note,
        ]),
      );
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const day = (d: Date) => d.toISOString().slice(0, 10);
      link.download = `nps-${day(view.from)}-${day(new Date(view.to.getTime() - DAY_MS))}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      this.fail(error);
    } finally {
      this.exporting = false;
    }
  }

  private renderTokenForm() {
    return html`<form class="token" @submit=${this.handleTokenSubmit}>
      <label>
        ${this.i18n.t('tokenLabel')}
        <input type="password" name="token" required autocomplete="off" aria-describedby="token-help" />
      </label>
      <span id="token-help" class="muted">${this.i18n.t('tokenHelp')}</span>
      <button class="button primary" type="submit">${this.i18n.t('open')}</button>
    </form>`;
  }

  private renderFilters() {
    const survey = this.survey;
    return html`<div class="filters">
      ${
        this.surveys.length > 1
          ? html`<label>${this.i18n.t('survey')}
            <select @change=${(e: Event) => {
              this.surveyId = (e.target as HTMLSelectElement).value;
              this.segment = { language: null, market: null, channel: null };
              this.theme = null;
              void this.refresh();
            }}>
              ${this.surveys.map((s) => html`<option value=${s.id} ?selected=${s.id === this.surveyId}>${s.brand}</option>`)}
            </select></label>`
          : nothing
      }
      <label>${this.i18n.t('period')}
        <select name="period" @change=${(e: Event) => {
          this.days = Number((e.target as HTMLSelectElement).value) as (typeof PERIODS)[number];
          this.bucket = defaultBucket(this.days);
          this.theme = null;
          void this.refresh();
        }}>
          ${PERIODS.map((d) => html`<option value=${d} ?selected=${d === this.days}>${this.i18n.t(PERIOD_LABELS[d])}</option>`)}
        </select></label>
      <label>${this.i18n.t('language')}
        <select name="language" @change=${(e: Event) => this.filterTo((e.target as HTMLSelectElement).value || null, this.segment.market)}>
          <option value="" ?selected=${!this.segment.language}>${this.i18n.t('allLanguages')}</option>
          ${survey?.languages.map((l) => html`<option value=${l} ?selected=${l === this.segment.language}>${this.names(l, 'language')}</option>`)}
        </select></label>
      <label>${this.i18n.t('market')}
        <select name="market" @change=${(e: Event) => this.filterTo(this.segment.language, (e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!this.segment.market}>${this.i18n.t('allMarkets')}</option>
          ${survey?.markets.map((m) => html`<option value=${m} ?selected=${m === this.segment.market}>${this.names(m, 'market')}</option>`)}
        </select></label>
      <label>${this.i18n.t('channel')}
        <select name="channel" @change=${(e: Event) => this.filterTo(this.segment.language, this.segment.market, ((e.target as HTMLSelectElement).value || null) as Channel | null)}>
          <option value="" ?selected=${!this.segment.channel}>${this.i18n.t('allChannels')}</option>
          ${CHANNELS.map((c) => html`<option value=${c} ?selected=${c === this.segment.channel}>${this.i18n.t(`channel_${c}`)}</option>`)}
        </select></label>
      ${
        this.filtered
          ? html`<span class="chip" role="status">${this.i18n.t('filteredTo', { segment: this.segmentName() })}
            <button class="button" @click=${() => this.filterTo(null, null, null)}>
              ${this.i18n.t('clearFilter')}
            </button></span>`
          : nothing
      }
      <button class="button" @click=${() => void this.exportCsv()} ?disabled=${this.exporting} ?hidden=${!this.can('COMMENTS')}>
        ${this.exporting ? this.i18n.t('exporting') : this.i18n.t('exportCsv')}
      </button>
    </div>`;
  }

  private renderHeadline(report: DashboardReport) {
    const score = report.headline.overall;
    if (!score.responses) return html`<section><p>${this.i18n.t('noAnswers')}</p></section>`;
    const percent = (value: number | null) => this.i18n.percent(value ?? 0);
    const count = (value: number) => this.i18n.number(value);
    const split = this.i18n.t('split', {
      promoters: percent(score.promoterPercent),
      passives: percent(score.passivePercent),
      detractors: percent(score.detractorPercent),
    });
    return html`<section aria-labelledby="headline-title">
      <h2 id="headline-title">${this.i18n.t('nps')}${this.filtered ? ` · ${this.segmentName()}` : ''}</h2>
      <div part="headline">
        <span part="nps" data-nps=${score.nps ?? ''}>${formatNps(score.nps, this.language)}</span>
        <span>${this.i18n.t('marginOfError', { value: Math.round(score.marginOfError ?? 0) })}</span>
        <span class="muted">${this.i18n.t('responses', { count: score.responses })}</span>
      </div>
      ${this.renderChange(report.headline.overallChange)}
      <div part="split" role="img" aria-label=${split}>
        <span class="promoters" style=${styleMap({ width: `${score.promoterPercent ?? 0}%` })}></span>
        <span class="passives" style=${styleMap({ width: `${score.passivePercent ?? 0}%` })}></span>
        <span class="detractors" style=${styleMap({ width: `${score.detractorPercent ?? 0}%` })}></span>
      </div>
      <div class="legend" aria-hidden="true">
        <span style="--swatch: #16a34a">${this.i18n.t('promoters')} ${percent(score.promoterPercent)} (${count(score.promoters)})</span>
        <span style="--swatch: #9ca3af">${this.i18n.t('passives')} ${percent(score.passivePercent)} (${count(score.passives)})</span>
        <span style="--swatch: #dc2626">${this.i18n.t('detractors')} ${percent(score.detractorPercent)} (${count(score.detractors)})</span>
      </div>
    </section>`;
  }

  /** "+6 vs previous 30 days", marked significant or not, when the previous period had answers. */
  private renderChange(change: DashboardReport['headline']['overallChange']) {
    if (change?.points === null || change?.points === undefined) return nothing;
    const significant = change.significant === true;
    return html`<p part="change" ?data-significant=${significant}>
      ${this.i18n.t('change', { change: formatNps(change.points, this.language), count: this.days })}
      · <span class="${significant ? 'significant' : 'muted'}">${this.i18n.t(significant ? 'significant' : 'notSignificant')}</span>
      <span class="muted">(±${this.i18n.number(Math.round(change.marginOfError ?? 0))})</span>
    </p>`;
  }

  /** NPS by channel over the period, every language and market: a row each, its name filtering to it. */
  private renderChannels(report: DashboardReport) {
    const rows = report.channels.segments;
    return html`<section aria-labelledby="channels-title">
      <h2 id="channels-title">${this.i18n.t('byChannel')}</h2>
      ${
        rows.length
          ? html`<div class="scrolls"><table class="channels">
            <thead><tr><th scope="col">${this.i18n.t('channel')}</th><th scope="col">${this.i18n.t('answers')}</th><th scope="col">${this.i18n.t('nps')}</th></tr></thead>
            <tbody>${rows.map(
              ({ channel, score }) => html`<tr>
                <th scope="row"><button aria-pressed=${channel === this.segment.channel ? 'true' : 'false'}
                  @click=${() => this.filterTo(this.segment.language, this.segment.market, channel === this.segment.channel ? null : channel)}>
                  ${channel ? this.i18n.t(`channel_${channel}`) : ''}</button></th>
                <td>${this.i18n.number(score.responses)}</td>
                <td>${
                  score.hidden || score.nps === null
                    ? this.i18n.t('tooFew')
                    : html`${formatNps(score.nps, this.language)} <small class="muted">${this.i18n.t('marginOfError', { value: this.i18n.number(Math.round(score.marginOfError ?? 0)) })}</small>`
                }</td>
              </tr>`,
            )}</tbody>
          </table></div>`
          : html`<p class="muted">${this.i18n.t('noAnswers')}</p>`
      }
    </section>`;
  }

  private renderWhy(report: DashboardReport) {
    return html`<section class="wide" aria-labelledby="why-title">
      <h2 id="why-title">${this.i18n.t('why')}</h2>
      <nps-themes-panel
        .themes=${report.themes.overall}
        .previous=${report.previousThemes.overall}
        .customThemes=${this.survey?.customThemes ?? []}
        .selected=${this.theme}
        .comments=${this.themeComments}
        ?correctable=${this.can('COMMENTS')}
        language=${this.language}
        .texts=${this.texts}
        @nps-theme-select=${this.handleTheme}
        @nps-theme-correct=${this.handleThemeCorrect}
      ></nps-themes-panel>
    </section>`;
  }

  private renderReasons(report: DashboardReport) {
    const most = Math.max(1, ...report.followUpReasons.map((r) => r.count));
    return html`<section aria-labelledby="reasons-title">
      <h2 id="reasons-title">${this.i18n.t('reasonCounts')}</h2>
      ${
        report.followUpReasons.length
          ? html`<ul class="reasons">
            ${report.followUpReasons.map(
              (r) => html`<li>
                <span>${this.i18n.t(`reason_${r.reason}`)}</span>
                <meter min="0" max=${most} value=${r.count} aria-hidden="true"></meter>
                <span>${this.i18n.number(r.count)}</span>
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${this.i18n.t('noReasons')}</p>`
      }
    </section>`;
  }

  private renderComments() {
    const date = (iso: string) => formatDate(iso, this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<section aria-labelledby="comments-title">
      <h2 id="comments-title">${this.i18n.t('comments')}</h2>
      <label>${this.i18n.t('category')}
        <select name="category" @change=${(e: Event) => {
          this.category = ((e.target as HTMLSelectElement).value || null) as NpsCategory | null;
          void this.refresh(['comments']);
        }}>
          <option value="">${this.i18n.t('allCategories')}</option>
          ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${c === this.category}>${this.i18n.t(`category_${c}`)}</option>`)}
        </select></label>
      ${
        this.comments.length
          ? html`<ul class="comments">
            ${this.comments.map(
              (c) => html`<li data-response-id=${c.id}>
                <blockquote dir="auto">${c.comment}</blockquote>
                <small class="legend"><span style="--swatch: ${CATEGORY_SWATCH[c.category]}">${this.i18n.number(c.score)}/${this.i18n.number(10)} · ${this.i18n.t(`category_${c.category}`)}</span>
                  ${this.names(c.language, 'language')}${c.market ? `, ${this.names(c.market, 'market')}` : ''} · ${this.i18n.t(`channel_${c.channel}`)} · ${date(c.createdAt)}</small>
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${this.i18n.t('noComments')}</p>`
      }
    </section>`;
  }

  private renderReport(report: DashboardReport) {
    const queue = this.queue.filter(
      (task) =>
        (!this.segment.language || task.response.language === this.segment.language) &&
        (!this.segment.market || task.response.market === this.segment.market) &&
        (!this.segment.channel || task.response.channel === this.segment.channel),
    );
    return html`<div class="cards" aria-busy=${this.loading ? 'true' : 'false'}>
      ${this.renderHeadline(report)}
      <section class="wide" aria-labelledby="trend-title">
        <h2 id="trend-title">${this.i18n.t('trend')}</h2>
        <label>${this.i18n.t('bucket')}
          <select name="bucket" @change=${(e: Event) => {
            this.bucket = (e.target as HTMLSelectElement).value as TimeBucket;
            void this.refresh(['report']);
          }}>
            ${BUCKETS.map((b) => html`<option value=${b} ?selected=${b === this.bucket}>${this.i18n.t(b.toLowerCase() as 'day' | 'week' | 'month')}</option>`)}
          </select></label>
        <nps-trend-chart .points=${report.trend.segments} days=${this.days} language=${this.language} .texts=${this.texts}></nps-trend-chart>
      </section>
      <section class="wide">
        <p id="grid-help" class="muted">${this.i18n.t('gridHelp', { min: this.survey?.minResponses ?? 30 })}</p>
        <nps-segment-grid
          .segments=${report.grid.segments}
          .selected=${this.segment.language || this.segment.market ? this.segment : null}
          .names=${this.names}
          language=${this.language}
          .texts=${this.texts}
          @nps-segment-select=${this.handleSegment}
        ></nps-segment-grid>
      </section>
      ${this.renderChannels(report)}
      ${this.renderWhy(report)}
      ${this.can('COMMENTS') ? this.renderComments() : nothing}
      ${this.can('FOLLOW_UPS') ? this.renderQueue(queue) : nothing}
      ${this.renderReasons(report)}
      ${this.can('WEBHOOKS') ? this.renderWebhooks() : nothing}
    </div>`;
  }

  private renderQueue(queue: FollowUpTask[]) {
    return html`
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">${this.i18n.t('followUps')}</h2>
        <p class="muted">${this.i18n.t('followUpsHelp')}</p>
        <nps-follow-up-queue
          .tasks=${queue}
          .names=${this.names}
          language=${this.language}
          .texts=${this.texts}
          @nps-follow-up-record=${this.handleFollowUp}
        ></nps-follow-up-queue>
      </section>
    `;
  }

  private renderWebhooks() {
    return html`
      <section class="wide" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">${this.i18n.t('webhooks')}</h2>
        <nps-webhooks-panel
          .webhooks=${this.webhooks}
          .secret=${this.webhookSecret}
          language=${this.language}
          .texts=${this.texts}
          @nps-webhook-create=${this.handleWebhookCreate}
          @nps-webhook-test=${this.handleWebhookTest}
          @nps-webhook-delete=${this.handleWebhookDelete}
        ></nps-webhooks-panel>
      </section>
    `;
  }

  override render() {
    return html`<div part="base">
      <header>
        <h1>${this.i18n.t('title')}${this.survey ? html` · ${this.survey.brand}` : nothing}</h1>
        <label>${this.i18n.t('interfaceLanguage')}
          <select name="interface-language" @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}>
            ${Object.entries(LANGUAGE_NAMES).map(
              ([code, name]) =>
                html`<option value=${code} lang=${code} ?selected=${code === this.language}>${name}</option>`,
            )}
          </select></label>
        ${this.token ? html`<button class="button" @click=${() => this.forget()}>${this.i18n.t('forgetToken')}</button>` : nothing}
      </header>
      ${
        this.error
          ? html`<div role="alert">${this.i18n.t(this.error.key)}
            ${this.error.retry ? html`<button class="button" @click=${() => void this.refresh()}>${this.i18n.t('retry')}</button>` : nothing}</div>`
          : nothing
      }
      ${this.client ? this.renderFilters() : this.renderTokenForm()}
      ${this.report ? this.renderReport(this.report) : this.client && !this.error ? html`<p role="status">${this.i18n.t('loading')}</p>` : nothing}
    </div>`;
  }
}
