import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, TOKEN_KEY } from '../../../api/client.ts';
import { applyLanguage, type Overrides } from '../../../i18n/i18n.controller.ts';
import { displayName } from '../../../i18n/intl.ts';
import { browserLanguage, LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import type { NpsEventMap } from '../../../internal/events.ts';
import {
  type Comment,
  DashboardClient,
  type DashboardReport,
  type DashboardSurvey,
  type DashboardWebhook,
  type FollowUpTask,
  type NpsCategory,
  type TimeBucket,
  type View,
} from '../../dashboard/api/client.ts';
import { downloadResponses } from '../../dashboard/export.ts';
import { dashboardI18n, followTexts, segmentName } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import {
  BUCKETS,
  defaultBucket,
  type ErrorText,
  EVERYWHERE,
  errorText,
  inSegment,
  type Period,
  type Segment,
  segmentFrom,
  viewOf,
} from '../../dashboard/view.ts';
import '../nps-channel-table/nps-channel-table.ts';
import '../nps-comment-list/nps-comment-list.ts';
import '../nps-dashboard-filters/nps-dashboard-filters.ts';
import '../nps-follow-up-queue/nps-follow-up-queue.ts';
import '../nps-headline/nps-headline.ts';
import '../nps-reason-counts/nps-reason-counts.ts';
import '../nps-segment-grid/nps-segment-grid.ts';
import '../nps-themes-panel/nps-themes-panel.ts';
import '../nps-trend-chart/nps-trend-chart.ts';
import '../nps-webhooks-panel/nps-webhooks-panel.ts';
import { DashboardActions } from './dashboard-actions.ts';
import { styles } from './nps-dashboard.styles.ts';

type Part = 'report' | 'comments' | 'queue' | 'webhooks';
const EVERY_PART: readonly Part[] = ['report', 'comments', 'queue', 'webhooks'];

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
  private readonly actions = new DashboardActions({
    client: () => this.client,
    view: () => this.view,
    readsComments: () => this.can('COMMENTS'),
    refresh: (parts) => this.refresh(parts),
    followedUp: (responseId) => {
      this.queue = this.queue.filter((task) => task.response.id !== responseId);
    },
    fail: (error) => this.fail(error),
    requestUpdate: () => this.requestUpdate(),
  });

  @state() private token = '';
  /** The text of what went wrong (kept as a key, so that it follows a change of language). */
  @state() private error: { key: ErrorText; retry: boolean } | null = null;
  @state() private loading = false;
  @state() private exporting = false;
  @state() private surveys: DashboardSurvey[] = [];
  @state() private surveyId = '';
  @state() private days: Period = 30;
  @state() private bucket: TimeBucket = 'DAY';
  @state() private segment: Segment = EVERYWHERE;
  @state() private category: NpsCategory | null = null;
  @state() private report: DashboardReport | null = null;
  @state() private comments: Comment[] = [];
  @state() private queue: FollowUpTask[] = [];
  @state() private webhooks: DashboardWebhook[] = [];
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
    // As the page, it opens filtered as its address says.
    if (this.page) this.segment = segmentFrom(location.search);
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
    return viewOf(this.surveyId, this.days, this.segment);
  }

  private names = (code: string, kind: 'language' | 'market'): string =>
    displayName(code, kind, this.language);

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
  private async refresh(parts: readonly Part[] = EVERY_PART) {
    const client = this.client;
    if (!client || !this.surveyId) return;
    const request = ++this.requested;
    const view = this.view;
    /** A part to read again, if the survey's rights allow it (else none); else kept as it is. */
    const read = <T>(part: Part, right: boolean, kept: T, reading: () => Promise<T>, none: T) =>
      !right ? none : parts.includes(part) ? reading() : kept;
    this.loading = true;
    try {
      const [report, comments, queue, webhooks] = await Promise.all([
        read('report', true, this.report, () => client.report(view, this.bucket), null),
        read('comments', this.can('COMMENTS'), this.comments, () => client.comments(view, this.category), []),
        read('queue', this.can('FOLLOW_UPS'), this.queue, () => client.followUpQueue(view.surveyId), []),
        read('webhooks', this.can('WEBHOOKS'), this.webhooks, () => client.webhooks(view.surveyId), []),
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
    this.filterTo(event.detail);
  }

  private handleFilter(event: CustomEvent<NpsEventMap['nps-filter']>): void {
    const { surveyId, days, ...segment } = event.detail;
    if (surveyId !== undefined) {
      this.surveyId = surveyId;
      this.segment = EVERYWHERE;
    }
    if (days !== undefined) {
      this.days = days as Period;
      this.bucket = defaultBucket(days);
    }
    this.filterTo(segment);
  }

  /**
   * Filters everything but the grid and the channels to a language, market and channel (null: all of them); those not
   * given stay as they are (the grid's cells keep the channel chosen).
   */
  private filterTo(segment: Partial<Segment>): void {
    this.segment = { ...this.segment, ...segment };
    this.actions.forgetTheme();
    void this.refresh();
  }

  private handleCategory(event: CustomEvent<NpsEventMap['nps-category-select']>): void {
    this.category = event.detail.category;
    void this.refresh(['comments']);
  }

  /** Saves the view's answers as a CSV file. */
  async exportCsv(): Promise<void> {
    if (!this.client || this.exporting) return;
    this.exporting = true;
    try {
      await downloadResponses(this.client, this.view);
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

  private renderHeadline(report: DashboardReport) {
    const score = report.headline.overall;
    if (!score.responses) return html`<section><p>${this.i18n.t('noAnswers')}</p></section>`;
    return html`<section aria-labelledby="headline-title">
      <h2 id="headline-title">${this.i18n.t('nps')}${this.filtered ? ` · ${segmentName(this.segment, this.i18n, this.names)}` : ''}</h2>
      <nps-headline exportparts="headline, nps, change, split" .score=${score} .change=${report.headline.overallChange}
        days=${this.days} language=${this.language} .texts=${this.texts}></nps-headline>
    </section>`;
  }

  private renderWhy(report: DashboardReport) {
    return html`<section class="wide" aria-labelledby="why-title">
      <h2 id="why-title">${this.i18n.t('why')}</h2>
      <nps-themes-panel .themes=${report.themes.overall} .previous=${report.previousThemes.overall}
        .customThemes=${this.survey?.customThemes ?? []} .selected=${this.actions.theme}
        .comments=${this.actions.themeComments} ?correctable=${this.can('COMMENTS')} language=${this.language}
        .texts=${this.texts} @nps-theme-select=${this.actions.selectTheme}
        @nps-theme-correct=${this.actions.correctTheme}></nps-themes-panel>
    </section>`;
  }

  private renderComments() {
    return html`<section aria-labelledby="comments-title">
      <h2 id="comments-title">${this.i18n.t('comments')}</h2>
      <nps-comment-list .comments=${this.comments} .category=${this.category} .names=${this.names}
        language=${this.language} .texts=${this.texts} @nps-category-select=${this.handleCategory}></nps-comment-list>
    </section>`;
  }

  private renderReport(report: DashboardReport) {
    const queue = this.queue.filter((task) => inSegment(task.response, this.segment));
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
      <section aria-labelledby="channels-title">
        <h2 id="channels-title">${this.i18n.t('byChannel')}</h2>
        <nps-channel-table .rows=${report.channels.segments} .selected=${this.segment.channel}
          language=${this.language} .texts=${this.texts} @nps-filter=${this.handleFilter}></nps-channel-table>
      </section>
      ${this.renderWhy(report)}
      ${this.can('COMMENTS') ? this.renderComments() : nothing}
      ${this.can('FOLLOW_UPS') ? this.renderQueue(queue) : nothing}
      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">${this.i18n.t('reasonCounts')}</h2>
        <nps-reason-counts .reasons=${report.followUpReasons} language=${this.language} .texts=${this.texts}></nps-reason-counts>
      </section>
      ${this.can('WEBHOOKS') ? this.renderWebhooks() : nothing}
    </div>`;
  }

  private renderQueue(queue: FollowUpTask[]) {
    return html`<section aria-labelledby="queue-title">
      <h2 id="queue-title">${this.i18n.t('followUps')}</h2>
      <p class="muted">${this.i18n.t('followUpsHelp')}</p>
      <nps-follow-up-queue .tasks=${queue} .names=${this.names} language=${this.language} .texts=${this.texts}
        @nps-follow-up-record=${this.actions.recordFollowUp}></nps-follow-up-queue>
    </section>`;
  }

  private renderWebhooks() {
    return html`<section class="wide" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">${this.i18n.t('webhooks')}</h2>
      <nps-webhooks-panel .webhooks=${this.webhooks} .secret=${this.actions.webhookSecret} language=${this.language}
        .texts=${this.texts} @nps-webhook-create=${this.actions.createWebhook}
        @nps-webhook-test=${this.actions.testWebhook} @nps-webhook-delete=${this.actions.deleteWebhook}></nps-webhooks-panel>
    </section>`;
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
      ${
        this.client
          ? html`<nps-dashboard-filters
            .surveys=${this.surveys}
            .surveyId=${this.surveyId}
            days=${this.days}
            .segment=${this.segment}
            ?can-export=${this.can('COMMENTS')}
            ?exporting=${this.exporting}
            language=${this.language}
            .texts=${this.texts}
            @nps-filter=${this.handleFilter}
            @nps-export=${() => void this.exportCsv()}
          ></nps-dashboard-filters>`
          : this.renderTokenForm()
      }
      ${this.report ? this.renderReport(this.report) : this.client && !this.error ? html`<p role="status">${this.i18n.t('loading')}</p>` : nothing}
    </div>`;
  }
}
