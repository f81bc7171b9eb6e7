import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, TOKEN_KEY } from '../../../api/client.ts';
import { applyLanguage, type MessageKey } from '../../../i18n/i18n.controller.ts';
import { browserLanguage, LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import type { ConsoleNotice, NpsEventMap } from '../../../internal/events.ts';
import {
  type Account,
  acceptInvitation,
  ConsoleClient,
  type ConsoleSurvey,
  type InvitationPreview,
  previewInvitation,
  setUp,
  signIn,
} from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import { type Tab, tabsOf } from '../../console/survey-tabs.ts';
import '../nps-sign-in/nps-sign-in.ts';
import '../nps-survey-editor/nps-survey-editor.ts';
import '../nps-survey-list/nps-survey-list.ts';
import { styles } from './nps-console.styles.ts';

type Key = MessageKey<ConsoleMessages>;

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'survey'; id: string; tab: Tab };

/**
 * The owner console: where a site owner signs in (`<nps-sign-in>`: with their email address and password, the first
 * owner making their account by the setup link the server prints, an invited person joining by their link; or with
 * the admin token), sees their surveys (`<nps-survey-list>`), and makes or opens one (`<nps-survey-editor>`: its
 * settings, texts, themes, install check, links, tokens and people). It says, in its language, what was saved and
 * what went wrong, whichever of them asked.
 *
 * @csspart base - The console's layout.
 * @cssproperty --nps-dashboard-accent - Buttons, links, focus and the chosen tab.
 * @cssproperty --nps-dashboard-background - Page background.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-foreground - Text colour.
 * @cssproperty --nps-dashboard-font - Font family.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsConsole extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  @state() private client: ConsoleClient | null = null;
  /** The person signed in; null with the admin token. */
  @state() private account: Account | null = null;
  /** The setup link's code, while the first owner's account is to be made. */
  @state() private setupCode: string | null = null;
  /** An invitation's code and what it offers, while the person joins. */
  @state() private joining: { code: string; preview: InvitationPreview } | null = null;
  @state() private busy = false;
  @state() private view: View = { kind: 'list' };
  @state() private surveys: ConsoleSurvey[] = [];
  /** What the console has to say: saved, deleted, a refusal or a failure (a key, so that it follows the language). */
  @state() private notice: ConsoleNotice | null = null;
  /** The sign-in fields the API refused. */
  @state() private fieldErrors: Partial<Record<string, true>> = {};

  /** The GraphQL endpoint; by default the one of the server the page comes from. */
  @property() endpoint = '/graphql';

  /** The element is the page (`/console`): it gives the document its language and a title in it. */
  @property({ type: Boolean }) page = false;

  /** Language of the console's texts; the browser's, when it is one of the six, by default. */
  @property({ reflect: true }) language: string = browserLanguage();

  override connectedCallback(): void {
    super.connectedCallback();
    // The setup link's code is in the fragment, which no server saw: taken out of the address at once.
    const fragment = new URLSearchParams(location.hash.slice(1));
    const code = fragment.get('setup');
    const invitation = fragment.get('invite');
    if (code || invitation) history.replaceState(null, '', location.pathname + location.search);
    if (code) {
      this.setupCode = code;
      return;
    }
    if (invitation) {
      void this.join(invitation);
      return;
    }
    const saved = sessionStorage.getItem(TOKEN_KEY);
    void this.open(saved, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('language')) return;
    applyLanguage(
      this,
      this.i18n.setLanguage(this.language),
      () => this.i18n.direction,
      () => this.i18n.t('pageTitle'),
    );
  }

  private get survey(): ConsoleSurvey | undefined {
    const { view } = this;
    return view.kind === 'survey' ? this.surveys.find((s) => s.id === view.id) : undefined;
  }

  private say(key: Key, alert = false, values?: ConsoleNotice['values']): void {
    this.notice = { key, alert, ...(values && { values }) };
  }

  /** Says what went wrong, chosen by the error's code: never the API's English. */
  private fail(error: unknown): void {
    const code = error instanceof ApiError ? error.code : 'NETWORK';
    if (code === 'UNAUTHENTICATED') {
      this.forget();
      this.say('sessionEnded', true);
    } else if (code === 'FORBIDDEN') {
      // A role that does not allow what was asked: the person stays signed in.
      this.say('errorForbidden', true);
    } else if (code === 'NETWORK') {
      this.say('errorNetwork', true);
    } else {
      this.say('errorServer', true);
    }
  }

  /**
   * Opens the console with the admin token, or (`token` null) with the person's session cookie. `quietly`: on
   * arrival, where no session is no error, just the sign-in form.
   */
  private async open(token: string | null, quietly = false): Promise<void> {
    if (token?.startsWith('nps_rt_')) {
      this.say('tokenNotAdmin', true);
      return;
    }
    const client = new ConsoleClient(this.endpoint, token);
    try {
      const [surveys, account] = await Promise.all([client.surveys(), client.me()]);
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      this.surveys = surveys;
      this.account = account;
      this.client = client;
      this.notice = null;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !this.client) {
        sessionStorage.removeItem(TOKEN_KEY);
        if (!quietly) this.say('tokenRefused', true);
      } else if (!quietly) {
        this.fail(error);
      }
    }
  }

  /** Shows what an invitation offers, for the person to join with a password. */
  private async join(code: string): Promise<void> {
    try {
      this.joining = { code, preview: await previewInvitation(this.endpoint, code) };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') this.say('inviteRefused', true);
      else this.fail(error);
    }
  }

  private forget(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    this.client = null;
    this.account = null;
    this.surveys = [];
    this.view = { kind: 'list' };
  }

  private async handleSignOut(): Promise<void> {
    await this.client?.signOut().catch(() => {});
    this.forget();
    this.notice = null;
  }

  private handleTokenSignIn(event: CustomEvent<NpsEventMap['nps-token-sign-in']>): void {
    void this.open(event.detail.token);
  }

  /** Signs in with an email address and password, or, with the setup link's code, makes the first owner. */
  private async handleSignIn(event: CustomEvent<NpsEventMap['nps-sign-in']>): Promise<void> {
    const { email, password } = event.detail;
    this.busy = true;
    this.fieldErrors = {};
    try {
      if (this.joining) await acceptInvitation(this.endpoint, this.joining.code, password);
      else if (this.setupCode) await setUp(this.endpoint, this.setupCode, email, password);
      else await signIn(this.endpoint, email, password);
      this.setupCode = null;
      this.joining = null;
      await this.open(null);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'NETWORK';
      if (code === 'NOT_FOUND' && this.joining) this.say('inviteRefused', true);
      else if (code === 'UNAUTHENTICATED') this.say(this.setupCode ? 'setupRefused' : 'signInRefused', true);
      else if (code === 'RATE_LIMITED') this.say('errorRateLimited', true);
      else if (code === 'BAD_USER_INPUT' && error instanceof ApiError) {
        const field = String(error.extensions['field'] ?? '');
        this.fieldErrors = { [field]: true };
        this.say(field === 'email' ? 'errorEmail' : 'errorPassword', true);
      } else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private go(view: View): void {
    this.view = view;
  }

  /** Puts a survey as the API returned it in the list, in its place. */
  private keep(survey: ConsoleSurvey): void {
    const at = this.surveys.findIndex((s) => s.id === survey.id);
    this.surveys = at < 0 ? [survey, ...this.surveys] : this.surveys.map((s, i) => (i === at ? survey : s));
  }

  private handleOpen(event: CustomEvent<NpsEventMap['nps-survey-open']>): void {
    const survey = this.surveys.find((s) => s.id === event.detail.id);
    if (survey) this.go({ kind: 'survey', id: survey.id, tab: tabsOf(survey)[0] ?? 'install' });
  }

  private handleTab(event: CustomEvent<NpsEventMap['nps-survey-tab']>): void {
    if (this.view.kind === 'survey') this.view = { ...this.view, tab: event.detail.tab };
  }

  /** A survey saved: kept in the list; one just made opens on the tab that installs it. */
  private handleSaved(event: CustomEvent<NpsEventMap['nps-survey-saved']>): void {
    const { survey, created } = event.detail;
    this.keep(survey);
    if (created) this.go({ kind: 'survey', id: survey.id, tab: 'install' });
  }

  private handleDeleted(event: CustomEvent<NpsEventMap['nps-survey-deleted']>): void {
    const { survey, deletion } = event.detail;
    this.surveys = this.surveys.filter((s) => s.id !== survey.id);
    this.go({ kind: 'list' });
    this.say('deleted', false, {
      brand: survey.brand,
      count: deletion.responses,
      tokens: this.i18n.t('tokens', { count: deletion.readTokens }),
      webhooks: this.i18n.t('webhooks', { count: deletion.webhooks }),
    });
  }

  private handleNotice(event: CustomEvent<NpsEventMap['nps-console-notice']>): void {
    this.notice = event.detail;
  }

  private handleFailure(event: CustomEvent<NpsEventMap['nps-console-failure']>): void {
    this.fail(event.detail.error);
  }

  private renderNotice() {
    const { notice } = this;
    if (!notice) return nothing;
    return html`<p class="notice ${notice.alert ? 'alert' : ''}" role=${notice.alert ? 'alert' : 'status'}>
      ${this.i18n.t(notice.key, notice.values)}
    </p>`;
  }

  private renderEditor(survey: ConsoleSurvey | null, tab: Tab = 'settings') {
    return html`<nps-survey-editor
      language=${this.language}
      server=${new URL(this.endpoint, location.href).origin}
      me=${this.account?.id ?? ''}
      tab=${tab}
      .client=${this.client}
      .survey=${survey}
      @nps-survey-saved=${this.handleSaved}
      @nps-survey-deleted=${this.handleDeleted}
      @nps-survey-tab=${this.handleTab}
      @nps-survey-close=${() => this.go({ kind: 'list' })}
      @nps-console-notice=${this.handleNotice}
      @nps-console-failure=${this.handleFailure}
    ></nps-survey-editor>`;
  }

  /** Who is signed in, and a form that changes their password. */
  private renderAccount(account: Account) {
    const { i18n } = this;
    return html`
      <details class="account">
        <summary>${i18n.t('signedInAs', { email: account.email })}</summary>
        <form @submit=${this.handlePasswordSubmit}>
          <div class="field">
            <label for="current-password">${i18n.t('currentPassword')}</label>
            <input id="current-password" name="current" type="password" autocomplete="current-password" />
          </div>
          <div class="field">
            <label for="new-password">${i18n.t('newPassword')}</label>
            <input id="new-password" name="next" type="password" autocomplete="new-password" />
          </div>
          <button class="button" type="submit">${i18n.t('changePassword')}</button>
        </form>
      </details>
    `;
  }

  private async handlePasswordSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    try {
      await this.client?.changePassword(String(data.get('current') ?? ''), String(data.get('next') ?? ''));
      form.reset();
      this.say('passwordChanged');
    } catch (error) {
      const field = error instanceof ApiError ? String(error.extensions['field'] ?? '') : '';
      if (field === 'currentPassword') this.say('errorCurrentPassword', true);
      else if (field === 'newPassword') this.say('errorPassword', true);
      else this.fail(error);
    }
  }

  private renderMain() {
    if (!this.client) {
      return html`<nps-sign-in
        language=${this.language}
        ?setup=${this.setupCode !== null}
        .joining=${this.joining?.preview ?? null}
        ?busy=${this.busy}
        .errors=${this.fieldErrors}
        @nps-sign-in=${this.handleSignIn}
        @nps-token-sign-in=${this.handleTokenSignIn}
      ></nps-sign-in>`;
    }
    const { view } = this;
    if (view.kind === 'new') return this.renderEditor(null);
    const survey = this.survey;
    if (view.kind === 'survey' && survey) return this.renderEditor(survey, view.tab);
    return html`<nps-survey-list
      language=${this.language}
      .surveys=${this.surveys}
      @nps-survey-open=${this.handleOpen}
      @nps-survey-new=${() => this.go({ kind: 'new' })}
    ></nps-survey-list>`;
  }

  override render() {
    const { i18n } = this;
    return html`
      <div part="base">
        <header>
          <h1>${i18n.t('title')}</h1>
          <label>
            ${i18n.t('interfaceLanguage')}
            <select
              @change=${(event: Event) => {
                this.language = (event.target as HTMLSelectElement).value;
              }}
            >
              ${Object.entries(LANGUAGE_NAMES).map(
                ([code, name]) =>
                  html`<option value=${code} lang=${code} ?selected=${code === this.language}>${name}</option>`,
              )}
            </select>
          </label>
          ${this.account ? this.renderAccount(this.account) : nothing}
          ${this.client ? html`<button class="button" type="button" @click=${this.handleSignOut}>${i18n.t('signOut')}</button>` : nothing}
        </header>
        <main>${this.renderNotice()}${this.renderMain()}</main>
      </div>
    `;
  }
}
