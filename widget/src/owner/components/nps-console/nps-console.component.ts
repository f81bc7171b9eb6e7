import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, TOKEN_KEY } from '../../../api/client.ts';
import { applyLanguage, type MessageKey } from '../../../i18n/i18n.controller.ts';
import { browserLanguage, LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import type { NpsEventMap, SurveyFields } from '../../../internal/events.ts';
import {
  type Account,
  acceptInvitation,
  ConsoleClient,
  type ConsoleSurvey,
  type Deletion,
  type Installation,
  type InvitationPreview,
  type People,
  previewInvitation,
  type ReadToken,
  type SurveyLinks,
  setUp,
  signIn,
  type ThemeSuggestion,
  type UpdateSurveyInput,
} from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import '../nps-install-panel/nps-install-panel.ts';
import '../nps-links-panel/nps-links-panel.ts';
import '../nps-people-panel/nps-people-panel.ts';
import '../nps-survey-form/nps-survey-form.ts';
import { FIELD_ERRORS } from '../nps-survey-form/nps-survey-form.component.ts';
import '../nps-texts-editor/nps-texts-editor.ts';
import '../nps-themes-editor/nps-themes-editor.ts';
import '../nps-tokens-panel/nps-tokens-panel.ts';
import { styles } from './nps-console.styles.ts';

type Key = MessageKey<ConsoleMessages>;
const TABS = ['settings', 'texts', 'themes', 'install', 'links', 'tokens', 'people'] as const;
type Tab = (typeof TABS)[number];
/** The right each tab needs: what a person's role does not allow, the console does not show. */
const TAB_RIGHTS = {
  settings: 'SETTINGS',
  texts: 'SETTINGS',
  themes: 'SETTINGS',
  install: 'REPORTS',
  links: 'LINKS',
  tokens: 'TOKENS',
  people: 'PEOPLE',
} as const satisfies Record<Tab, ConsoleSurvey['access'][number]>;
/** How often, and how many times at most, the console reads a survey whose comments are being classified again. */
const RECLASSIFICATION_READ_MS = 1_000;
const RECLASSIFICATION_READS = 120;
const tabsOf = (survey: ConsoleSurvey) => TABS.filter((tab) => survey.access.includes(TAB_RIGHTS[tab]));
const TAB_LABELS = {
  settings: 'tabSettings',
  texts: 'tabTexts',
  themes: 'tabThemes',
  install: 'tabInstall',
  links: 'tabLinks',
  tokens: 'tabTokens',
  people: 'tabPeople',
} as const satisfies Record<Tab, Key>;
/** The console's name of each field the API may say changed meanwhile. */
const FIELD_LABELS: Record<string, Key> = {
  brand: 'brand',
  languages: 'languages',
  defaultLanguage: 'defaultLanguage',
  markets: 'markets',
  allowedOrigins: 'allowedOrigins',
  sampleRate: 'sampleRate',
  delaySeconds: 'delaySeconds',
  recontactDays: 'recontactDays',
  minResponses: 'minResponses',
  retentionDays: 'retentionDays',
  active: 'statusActive',
  archived: 'statusArchived',
  texts: 'tabTexts',
  questionOverrides: 'tabTexts',
  customThemes: 'tabThemes',
  themeCues: 'tabThemes',
};

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'survey'; id: string; tab: Tab };
type Notice = { key: Key; alert: boolean; values?: Record<string, string | number> };

/**
 * The owner console: where a site owner signs in (with their email address and password, the first owner making
 * their account by the setup link the server prints; or with the admin token),
 * sees their surveys, creates one, edits its settings and its texts in each language beside a live preview, copies
 * its script tag and checks that pages load it, manages its read tokens, and pauses, archives or deletes it. The API
 * decides what is valid: its refusals are shown next to their fields, in the console's language; a save made on a
 * copy someone else changed meanwhile is refused and says what changed.
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
  @state() private people: People | null = null;
  /** The link of the invitation just made: shown once. */
  @state() private inviteLink: string | null = null;
  @state() private busy = false;
  @state() private view: View = { kind: 'list' };
  @state() private surveys: ConsoleSurvey[] = [];
  /** What the console has to say: saved, deleted, a refusal or a failure (a key, so that it follows the language). */
  @state() private notice: Notice | null = null;
  /** The API's refusal of the last save, by field. */
  @state() private fieldErrors: Partial<Record<string, true>> = {};
  /** The fields someone else changed, when a save was refused for it. */
  @state() private conflict: string[] | null = null;
  @state() private installations: Installation[] = [];
  /** What the shown survey's corrections suggest as cue words. */
  @state() private suggestions: ThemeSuggestion[] = [];
  /** The links last made in the links tab, and whether its key was just rotated. */
  @state() private links: SurveyLinks | null = null;
  @state() private linkKeyRotated = false;
  @state() private tokens: ReadToken[] = [];
  @state() private createdToken: string | null = null;
  @state() private confirmBrand = '';

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

  private say(key: Key, alert = false, values?: Notice['values']): void {
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

  private handleTokenSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget as HTMLFormElement).get('token') ?? '').trim();
    if (token) void this.open(token);
  }

  /** Signs in with an email address and password, or, with the setup link's code, makes the first owner. */
  private async handleAccountSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
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
    this.fieldErrors = {};
    this.conflict = null;
    this.createdToken = null;
    this.confirmBrand = '';
    this.links = null;
    this.linkKeyRotated = false;
    if (view.kind === 'survey' && view.tab === 'install') void this.loadInstallations();
    if (view.kind === 'survey' && view.tab === 'themes') void this.loadSuggestions();
    if (view.kind === 'survey' && view.tab === 'tokens') void this.loadTokens();
    if (view.kind === 'survey' && view.tab === 'people') void this.loadPeople();
    this.inviteLink = null;
  }

  /** Puts a survey as the API returned it in the list, in its place. */
  private keep(survey: ConsoleSurvey): void {
    const at = this.surveys.findIndex((s) => s.id === survey.id);
    this.surveys = at < 0 ? [survey, ...this.surveys] : this.surveys.map((s, i) => (i === at ? survey : s));
  }

  /**
   * Sends a change; a refusal goes next to its field, a stale copy becomes the conflict message. Returns the survey
   * saved, or undefined when nothing was.
   */
  private async save(change: () => Promise<ConsoleSurvey>): Promise<ConsoleSurvey | undefined> {
    this.busy = true;
    this.notice = null;
    this.fieldErrors = {};
    this.conflict = null;
    try {
      const survey = await change();
      this.keep(survey);
      this.say('saved');
      return survey;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        this.conflict = (error.extensions['changed'] as string[] | undefined) ?? [];
      } else if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        const field = String(error.extensions['field'] ?? '');
        this.fieldErrors = { [field]: true };
        this.say(
          field === 'texts'
            ? 'errorTexts'
            : field === 'customThemes'
              ? 'errorThemes'
              : (FIELD_ERRORS[field as keyof typeof FIELD_ERRORS] ?? 'errorInput'),
          true,
        );
      } else {
        this.fail(error);
      }
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async handleSurveySave(event: CustomEvent<SurveyFields>): Promise<void> {
    const client = this.client;
    if (!client) return;
    const fields = event.detail;
    const current = this.survey;
    if (!current) {
      const { retentionDays, ...rest } = fields;
      const created = await this.save(() =>
        client.create({ ...rest, ...(retentionDays !== null && { retentionDays }) }),
      );
      if (created) this.go({ kind: 'survey', id: created.id, tab: 'install' });
      return;
    }
    await this.change(current, { ...fields, retentionDays: fields.retentionDays ?? 0 });
  }

  private change(survey: ConsoleSurvey, input: UpdateSurveyInput) {
    const client = this.client;
    if (!client) return Promise.resolve(undefined);
    return this.save(() => client.update(survey.id, { ...input, expectedVersion: survey.version }));
  }

  private async handleTextsSave(event: CustomEvent<NpsEventMap['nps-texts-save']>): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    await this.change(survey, {
      texts: event.detail.texts.map(({ language, key, text }) => ({
        language,
        key: key as NonNullable<UpdateSurveyInput['texts']>[number]['key'],
        text,
      })),
    });
  }

  private async handleThemesSave(event: CustomEvent<NpsEventMap['nps-themes-save']>): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    const { customThemes, themeCues } = event.detail;
    const saved = await this.change(survey, { customThemes, themeCues });
    if (!saved) return;
    void this.loadSuggestions();
    void this.followReclassification(saved.id);
  }

  /** Reads the survey again while its comments are classified again in the background, for the editor's progress. */
  private async followReclassification(id: string): Promise<void> {
    for (let read = 0; read < RECLASSIFICATION_READS && this.client; read++) {
      await new Promise((resolve) => setTimeout(resolve, RECLASSIFICATION_READ_MS));
      const survey = (await this.client.surveys().catch(() => [])).find((each) => each.id === id);
      if (!survey) return;
      this.keep(survey);
      if (survey.reclassification?.finishedAt) return;
    }
  }

  private async reload(): Promise<void> {
    if (!this.client) return;
    try {
      this.surveys = await this.client.surveys();
      this.conflict = null;
      this.fieldErrors = {};
      this.notice = null;
    } catch (error) {
      this.fail(error);
    }
  }

  /** What the survey's corrections suggest, for those who may read its answers (the others see none). */
  private async loadSuggestions(): Promise<void> {
    const survey = this.survey;
    this.suggestions = [];
    if (!survey?.access.includes('COMMENTS') || !this.client) return;
    try {
      this.suggestions = await this.client.themeSuggestions(survey.id);
    } catch (error) {
      this.fail(error);
    }
  }

  private async loadInstallations(): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      this.installations = await this.client.installations(survey.id);
    } catch (error) {
      this.fail(error);
    }
  }

  private async loadTokens(): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      this.tokens = await this.client.readTokens(survey.id);
    } catch (error) {
      this.fail(error);
    }
  }

  private async loadPeople(): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      this.people = await this.client.people(survey.id);
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleInvite(event: CustomEvent<NpsEventMap['nps-member-invite']>): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      const code = await this.client.invite(survey.id, event.detail.email, event.detail.role);
      this.inviteLink = `${location.origin}${location.pathname}#invite=${code}`;
      await this.loadPeople();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') this.say('errorEmail', true);
      else this.fail(error);
    }
  }

  private async handleRole(event: CustomEvent<NpsEventMap['nps-member-role']>): Promise<void> {
    const survey = this.survey;
    try {
      if (survey) await this.client?.setRole(survey.id, event.detail.userId, event.detail.role);
      await this.loadPeople();
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleInvitationRevoke(
    event: CustomEvent<NpsEventMap['nps-invitation-revoke']>,
  ): Promise<void> {
    try {
      await this.client?.revokeInvitation(event.detail.id);
      await this.loadPeople();
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleLinksMake(event: CustomEvent<NpsEventMap['nps-links-make']>): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      this.links = await this.client.surveyLinks(survey.id, event.detail);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') this.say('errorInput', true);
      else this.fail(error);
    }
  }

  private async handleLinkKeyRotate(): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      await this.client.rotateLinkKey(survey.id);
      this.links = null;
      this.linkKeyRotated = true;
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleTokenCreate(event: CustomEvent<NpsEventMap['nps-token-create']>): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.client) return;
    try {
      this.createdToken = (await this.client.createReadToken(survey.id, event.detail.label)).token;
      await this.loadTokens();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') this.say('errorInput', true);
      else this.fail(error);
    }
  }

  private async handleTokenRevoke(event: CustomEvent<NpsEventMap['nps-token-revoke']>): Promise<void> {
    try {
      await this.client?.revokeReadToken(event.detail.id);
      await this.loadTokens();
    } catch (error) {
      this.fail(error);
    }
  }

  private async handleDelete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.survey;
    const client = this.client;
    if (!survey || !client || this.confirmBrand.trim() !== survey.brand) return;
    this.busy = true;
    try {
      const deletion: Deletion = await client.delete(survey.id, this.confirmBrand);
      this.surveys = this.surveys.filter((s) => s.id !== survey.id);
      this.go({ kind: 'list' });
      this.say('deleted', false, {
        brand: survey.brand,
        count: deletion.responses,
        tokens: this.i18n.t('tokens', { count: deletion.readTokens }),
        webhooks: this.i18n.t('webhooks', { count: deletion.webhooks }),
      });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Arrow keys, Home and End move between the tabs (a roving tab stop), as in any tab list. */
  private handleTabKey(event: KeyboardEvent, tab: Tab): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const rtl = this.dir === 'rtl' && event.key.startsWith('Arrow') ? -1 : 1;
    const tabs = this.survey ? tabsOf(this.survey) : [];
    const index = tabs.indexOf(tab);
    let next: number | undefined;
    if (event.key in moves) next = (index + (moves[event.key] ?? 0) * rtl + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    const target = next === undefined ? undefined : tabs[next];
    if (!target || this.view.kind !== 'survey') return;
    event.preventDefault();
    this.go({ ...this.view, tab: target });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${target}`)?.focus(),
    );
  }

  private status(survey: ConsoleSurvey) {
    if (survey.archived) return html`<span class="badge">${this.i18n.t('statusArchived')}</span>`;
    if (!survey.active) return html`<span class="badge">${this.i18n.t('statusPaused')}</span>`;
    return html`<span class="badge active">${this.i18n.t('statusActive')}</span>`;
  }

  private renderNotice() {
    const { notice } = this;
    if (!notice) return nothing;
    return html`<p class="notice ${notice.alert ? 'alert' : ''}" role=${notice.alert ? 'alert' : 'status'}>
      ${this.i18n.t(notice.key, notice.values)}
    </p>`;
  }

  private renderSignIn() {
    const { i18n, joining } = this;
    const setup = this.setupCode !== null;
    const fresh = setup || (joining !== null && !joining.preview.hasAccount);
    const invalid = (field: string) => (this.fieldErrors[field] ? 'true' : 'false');
    const title = joining
      ? i18n.t('joinTitle', { brand: joining.preview.brand })
      : i18n.t(setup ? 'setupTitle' : 'signInTitle');
    const help = joining
      ? i18n.t(joining.preview.hasAccount ? 'joinHelpExisting' : 'joinHelp', {
          role: i18n.t(`role_${joining.preview.role}`),
          email: joining.preview.email,
        })
      : i18n.t(setup ? 'setupHelp' : 'signInHelp');
    return html`
      <section class="card sign-in" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">${title}</h2>
        <p id="sign-in-help">${help}</p>
        <form @submit=${this.handleAccountSubmit}>
          <div class="field">
            <label for="email">${i18n.t('email')}</label>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="username"
              .value=${joining?.preview.email ?? ''}
              ?readonly=${joining !== null}
              aria-invalid=${invalid('email')}
            />
          </div>
          <div class="field">
            <label for="password">${i18n.t(fresh ? 'newPassword' : 'password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete=${fresh ? 'new-password' : 'current-password'}
              aria-invalid=${invalid(fresh ? 'password' : 'none')}
            />
          </div>
          <div class="actions">
            <button class="button primary" type="submit" ?disabled=${this.busy}>
              ${this.busy ? i18n.t('signingIn') : i18n.t(joining ? 'join' : setup ? 'createAccount' : 'signIn')}
            </button>
          </div>
        </form>
        ${
          setup || joining
            ? nothing
            : html`<details>
              <summary>${i18n.t('useAdminToken')}</summary>
              <form @submit=${this.handleTokenSubmit}>
                <div class="field">
                  <label for="token">${i18n.t('adminToken')}</label>
                  <input id="token" type="password" name="token" autocomplete="off" aria-describedby="token-help" />
                  <p class="help" id="token-help">${i18n.t('adminTokenHelp')}</p>
                </div>
                <div class="actions">
                  <button class="button" type="submit">${i18n.t('signIn')}</button>
                </div>
              </form>
            </details>`
        }
      </section>
    `;
  }

  private renderList() {
    const { i18n } = this;
    const rows = (surveys: ConsoleSurvey[]) => html`
      <table>
        <tbody>
          ${surveys.map(
            (survey) => html`
              <tr>
                <th scope="row">${survey.brand}</th>
                <td>${survey.languages.map((code) => LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code).join(', ')}</td>
                <td>${this.status(survey)}</td>
                <td>
                  <button
                    class="button"
                    type="button"
                    aria-label=${`${i18n.t('edit')}: ${survey.brand}`}
                    @click=${() => this.go({ kind: 'survey', id: survey.id, tab: tabsOf(survey)[0] ?? 'install' })}
                  >
                    ${i18n.t('edit')}
                  </button>
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
    const current = this.surveys.filter((s) => !s.archived);
    const archived = this.surveys.filter((s) => s.archived);
    return html`
      <section class="card" aria-labelledby="surveys-title">
        <div class="title">
          <h2 id="surveys-title">${i18n.t('surveysTitle')}</h2>
          <button class="button primary" type="button" @click=${() => this.go({ kind: 'new' })}>
            ${i18n.t('newSurvey')}
          </button>
        </div>
        ${current.length ? rows(current) : html`<p>${i18n.t('noSurveys')}</p>`}
        ${archived.length ? html`<h3>${i18n.t('archivedTitle')}</h3>${rows(archived)}` : nothing}
      </section>
    `;
  }

  private renderNew() {
    return html`
      <section class="card" aria-labelledby="new-title">
        <div class="title">
          <h2 id="new-title">${this.i18n.t('newSurveyTitle')}</h2>
          <button class="button" type="button" @click=${() => this.go({ kind: 'list' })}>${this.i18n.t('cancel')}</button>
        </div>
        <nps-survey-form
          language=${this.language}
          .errors=${this.fieldErrors}
          ?busy=${this.busy}
          @nps-survey-save=${this.handleSurveySave}
        ></nps-survey-form>
      </section>
    `;
  }

  private renderConflict() {
    if (!this.conflict) return nothing;
    const fields = [...new Set(this.conflict.map((f) => this.i18n.t(FIELD_LABELS[f] ?? 'errorInput')))];
    return html`<div class="notice alert" role="alert">
      <p>${this.i18n.t('conflict', { fields: fields.join(', ') })}</p>
      <button class="button" type="button" @click=${this.reload}>${this.i18n.t('conflictReload')}</button>
    </div>`;
  }

  private renderLifecycle(survey: ConsoleSurvey) {
    const { i18n } = this;
    return html`
      <section class="card" aria-labelledby="lifecycle-title">
        <h3 id="lifecycle-title">${i18n.t('lifecycleTitle')}</h3>
        <div class="actions">
          <button
            class="button"
            type="button"
            ?disabled=${this.busy || survey.archived}
            aria-describedby="pause-help"
            @click=${() => this.change(survey, { active: !survey.active })}
          >
            ${survey.active ? i18n.t('pause') : i18n.t('resume')}
          </button>
          <span class="help" id="pause-help">${i18n.t('pauseHelp')}</span>
        </div>
        <div class="actions">
          <button
            class="button"
            type="button"
            ?disabled=${this.busy}
            aria-describedby="archive-help"
            @click=${() => this.change(survey, { archived: !survey.archived })}
          >
            ${survey.archived ? i18n.t('unarchive') : i18n.t('archive')}
          </button>
          <span class="help" id="archive-help">${i18n.t('archiveHelp')}</span>
        </div>
      </section>
      ${survey.access.includes('DELETE') ? this.renderDelete(survey) : nothing}
    `;
  }

  private renderDelete(survey: ConsoleSurvey) {
    const { i18n } = this;
    return html`
      <section class="card danger" aria-labelledby="delete-title">
        <h3 id="delete-title">${i18n.t('deleteTitle')}</h3>
        <p class="help" id="delete-help">${i18n.t('deleteHelp')}</p>
        <form @submit=${this.handleDelete}>
          <div class="field">
            <label for="confirm-brand">${i18n.t('deleteConfirm', { brand: survey.brand })}</label>
            <input
              id="confirm-brand"
              autocomplete="off"
              aria-describedby="delete-help"
              .value=${this.confirmBrand}
              @input=${(event: InputEvent) => {
                this.confirmBrand = (event.target as HTMLInputElement).value;
              }}
            />
          </div>
          <div class="actions">
            <button class="button danger" type="submit" ?disabled=${this.busy || this.confirmBrand.trim() !== survey.brand}>
              ${this.busy ? i18n.t('deleting') : i18n.t('delete')}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  private renderTab(survey: ConsoleSurvey, tab: Tab) {
    if (tab === 'texts') {
      return html`<nps-texts-editor
        language=${this.language}
        .survey=${survey}
        ?busy=${this.busy}
        @nps-texts-save=${this.handleTextsSave}
      ></nps-texts-editor>`;
    }
    if (tab === 'themes') {
      return html`<nps-themes-editor
        .survey=${survey}
        .suggestions=${this.suggestions}
        language=${this.language}
        ?busy=${this.busy}
        @nps-themes-save=${this.handleThemesSave}
      ></nps-themes-editor>`;
    }
    if (tab === 'install') {
      return html`<nps-install-panel
        language=${this.language}
        server=${new URL(this.endpoint, location.href).origin}
        .survey=${survey}
        .installations=${this.installations}
        @nps-install-check=${this.loadInstallations}
      ></nps-install-panel>`;
    }
    if (tab === 'links') {
      return html`<nps-links-panel
        language=${this.language}
        .survey=${survey}
        .links=${this.links}
        ?can-rotate=${survey.access.includes('TOKENS')}
        ?rotated=${this.linkKeyRotated}
        @nps-links-make=${this.handleLinksMake}
        @nps-link-key-rotate=${this.handleLinkKeyRotate}
      ></nps-links-panel>`;
    }
    if (tab === 'people') {
      return html`<nps-people-panel
        language=${this.language}
        me=${this.account?.id ?? ''}
        .members=${this.people?.members ?? []}
        .invitations=${this.people?.invitations ?? []}
        .log=${this.people?.auditLog ?? []}
        .link=${this.inviteLink}
        @nps-member-invite=${this.handleInvite}
        @nps-member-role=${this.handleRole}
        @nps-invitation-revoke=${this.handleInvitationRevoke}
      ></nps-people-panel>`;
    }
    if (tab === 'tokens') {
      return html`<nps-tokens-panel
        language=${this.language}
        .tokens=${this.tokens}
        .created=${this.createdToken}
        @nps-token-create=${this.handleTokenCreate}
        @nps-token-revoke=${this.handleTokenRevoke}
      ></nps-tokens-panel>`;
    }
    return html`
      <nps-survey-form
        language=${this.language}
        .survey=${survey}
        .errors=${this.fieldErrors}
        ?busy=${this.busy}
        @nps-survey-save=${this.handleSurveySave}
      ></nps-survey-form>
      ${this.renderLifecycle(survey)}
    `;
  }

  private renderSurvey(survey: ConsoleSurvey, tab: Tab) {
    const { i18n } = this;
    return html`
      <section class="card" aria-labelledby="survey-title">
        <div class="title">
          <button class="button" type="button" @click=${() => this.go({ kind: 'list' })}>← ${i18n.t('allSurveys')}</button>
          <h2 id="survey-title">${survey.brand}</h2>
          ${this.status(survey)}
          <a href=${`/dashboard?survey=${encodeURIComponent(survey.id)}`}>${i18n.t('openDashboard')}</a>
        </div>
        ${this.renderConflict()}
        <div role="tablist" aria-labelledby="survey-title">
          ${tabsOf(survey).map(
            (name) => html`
              <button
                role="tab"
                type="button"
                id=${`tab-${name}`}
                aria-selected=${name === tab ? 'true' : 'false'}
                aria-controls="panel"
                tabindex=${name === tab ? 0 : -1}
                @click=${() => this.go({ kind: 'survey', id: survey.id, tab: name })}
                @keydown=${(event: KeyboardEvent) => this.handleTabKey(event, name)}
              >
                ${i18n.t(TAB_LABELS[name])}
              </button>
            `,
          )}
        </div>
        <div role="tabpanel" id="panel" aria-labelledby=${`tab-${tab}`}>${this.renderTab(survey, tab)}</div>
      </section>
    `;
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
    if (!this.client) return this.renderSignIn();
    const { view } = this;
    if (view.kind === 'new') return this.renderNew();
    const survey = this.survey;
    if (view.kind === 'survey' && survey) return this.renderSurvey(survey, view.tab);
    return this.renderList();
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
