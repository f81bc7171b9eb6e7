import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../../api/client.ts';
import type { MessageKey } from '../../../i18n/i18n.controller.ts';
import { emit, type NpsEventMap, type SurveyFields } from '../../../internal/events.ts';
import type { ConsoleClient, ConsoleSurvey, UpdateSurveyInput } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import { surveyStatus } from '../../console/survey-status.ts';
import { type Tab, tabsOf } from '../../console/survey-tabs.ts';
import '../nps-install-panel/nps-install-panel.ts';
import '../nps-links-panel/nps-links-panel.ts';
import '../nps-people-panel/nps-people-panel.ts';
import '../nps-survey-form/nps-survey-form.ts';
import { FIELD_ERRORS } from '../nps-survey-form/nps-survey-form.component.ts';
import '../nps-survey-lifecycle/nps-survey-lifecycle.ts';
import '../nps-texts-editor/nps-texts-editor.ts';
import '../nps-themes-editor/nps-themes-editor.ts';
import '../nps-tokens-panel/nps-tokens-panel.ts';
import { styles } from './nps-survey-editor.styles.ts';
import { SurveyPanels } from './survey-panels.ts';

type Key = MessageKey<ConsoleMessages>;
/** How often, and how many times at most, the editor reads a survey whose comments are being classified again. */
const RECLASSIFICATION_READ_MS = 1_000;
const RECLASSIFICATION_READS = 120;
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

/**
 * One survey in the console, tab by tab (those the person's role allows): its settings and life, its texts in each
 * language, its own themes, its install check, its links, its read tokens and its people; or, with no survey, the
 * form that makes one. The API decides what is valid: a refusal is shown next to its field; a save made on a copy
 * someone else changed meanwhile is refused, and the editor says what changed.
 *
 * @fires nps-survey-saved - A change was saved, or the survey made: the API's copy.
 * @fires nps-survey-deleted - The survey was deleted.
 * @fires nps-survey-tab - Another tab was chosen.
 * @fires nps-survey-close - Back to the list.
 * @fires nps-console-notice - What the console is to say.
 * @fires nps-console-failure - A request failed.
 * @cssproperty --nps-dashboard-accent - Buttons, links, focus and the chosen tab.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsSurveyEditor extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);
  private readonly panels = new SurveyPanels(this);

  @state() private busy = false;
  /** The API's refusal of the last save, by field. */
  @state() private fieldErrors: Partial<Record<string, true>> = {};
  /** The fields someone else changed, when a save was refused for it. */
  @state() private conflict: string[] | null = null;

  /** The signed-in client. */
  @property({ attribute: false }) client: ConsoleClient | null = null;

  /** The survey; null: a new one is being made. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** The tab shown. */
  @property() tab: Tab = 'settings';

  /** Language of its texts. */
  @property() language = 'en';

  /** The origin of the API, for the script tag to copy. */
  @property() server = '';

  /** The signed-in person's id, empty with the admin token. */
  @property() me = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
    if (changed.has('tab') || (changed.has('survey') && changed.get('survey')?.id !== this.survey?.id)) {
      this.fieldErrors = {};
      this.conflict = null;
      this.panels.open(this.tab);
    }
  }

  /**
   * Sends a change; a refusal goes next to its field, a stale copy becomes the conflict message. Returns the survey
   * saved, or undefined when nothing was.
   */
  private async save(
    change: () => Promise<ConsoleSurvey>,
    created = false,
  ): Promise<ConsoleSurvey | undefined> {
    this.busy = true;
    emit(this, 'nps-console-notice', null);
    this.fieldErrors = {};
    this.conflict = null;
    try {
      const survey = await change();
      emit(this, 'nps-survey-saved', { survey, created });
      emit(this, 'nps-console-notice', { key: 'saved', alert: false });
      return survey;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        this.conflict = (error.extensions['changed'] as string[] | undefined) ?? [];
      } else if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        const field = String(error.extensions['field'] ?? '');
        this.fieldErrors = { [field]: true };
        this.refuse(
          field === 'texts'
            ? 'errorTexts'
            : field === 'customThemes'
              ? 'errorThemes'
              : (FIELD_ERRORS[field as keyof typeof FIELD_ERRORS] ?? 'errorInput'),
        );
      } else {
        this.fail(error);
      }
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** Saves a change made on the copy shown: refused if someone else changed the survey since. */
  private change(input: UpdateSurveyInput): Promise<ConsoleSurvey | undefined> {
    const { client, survey } = this;
    if (!client || !survey) return Promise.resolve(undefined);
    return this.save(() => client.update(survey.id, { ...input, expectedVersion: survey.version }));
  }

  private async handleSurveySave(event: CustomEvent<SurveyFields>): Promise<void> {
    const client = this.client;
    if (!client) return;
    const fields = event.detail;
    if (this.survey) {
      await this.change({ ...fields, retentionDays: fields.retentionDays ?? 0 });
      return;
    }
    const { retentionDays, ...rest } = fields;
    await this.save(() => client.create({ ...rest, ...(retentionDays !== null && { retentionDays }) }), true);
  }

  private async handleTextsSave(event: CustomEvent<NpsEventMap['nps-texts-save']>): Promise<void> {
    await this.change({
      texts: event.detail.texts.map(({ language, key, text }) => ({
        language,
        key: key as NonNullable<UpdateSurveyInput['texts']>[number]['key'],
        text,
      })),
    });
  }

  private async handleThemesSave(event: CustomEvent<NpsEventMap['nps-themes-save']>): Promise<void> {
    const { customThemes, themeCues } = event.detail;
    const saved = await this.change({ customThemes, themeCues });
    if (!saved) return;
    void this.panels.loadSuggestions();
    void this.followReclassification(saved.id);
  }

  private async handleLifecycle(event: CustomEvent<NpsEventMap['nps-survey-lifecycle']>): Promise<void> {
    await this.change(event.detail);
  }

  private async handleDelete(event: CustomEvent<NpsEventMap['nps-survey-delete']>): Promise<void> {
    const { client, survey } = this;
    if (!client || !survey) return;
    this.busy = true;
    try {
      const deletion = await client.delete(survey.id, event.detail.brand);
      emit(this, 'nps-survey-deleted', { survey, deletion });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Reads the survey again while its comments are classified again in the background, for the editor's progress. */
  private async followReclassification(id: string): Promise<void> {
    for (let read = 0; read < RECLASSIFICATION_READS && this.client; read++) {
      await new Promise((resolve) => setTimeout(resolve, RECLASSIFICATION_READ_MS));
      // Quietly: a survey deleted meanwhile, or a request lost, only ends the following.
      const survey = await this.client.survey(id).catch(() => undefined);
      if (!survey) return;
      emit(this, 'nps-survey-saved', { survey, created: false });
      if (survey.reclassification?.finishedAt) return;
    }
  }

  /** Reads the survey again, as it now is, after a conflict: the change is to be made on it. */
  private async handleReload(): Promise<void> {
    const survey = this.survey && (await this.read(this.survey.id));
    if (!survey) return;
    this.conflict = null;
    this.fieldErrors = {};
    emit(this, 'nps-console-notice', null);
    emit(this, 'nps-survey-saved', { survey, created: false });
  }

  /** One survey as it is now, read alone. */
  private async read(id: string): Promise<ConsoleSurvey | undefined> {
    try {
      return await this.client?.survey(id);
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  private selectTab(tab: Tab): void {
    this.tab = tab;
    emit(this, 'nps-survey-tab', { tab });
  }

  /** Arrow keys, Home and End move between the tabs (a roving tab stop), as in any tab list. */
  private handleTabKey(event: KeyboardEvent, tab: Tab): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const rtl = getComputedStyle(this).direction === 'rtl' && event.key.startsWith('Arrow') ? -1 : 1;
    const tabs = this.survey ? tabsOf(this.survey) : [];
    const index = tabs.indexOf(tab);
    let next: number | undefined;
    if (event.key in moves) next = (index + (moves[event.key] ?? 0) * rtl + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    const target = next === undefined ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    this.selectTab(target);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${target}`)?.focus(),
    );
  }

  /** Has the console say what went wrong, in its own words. */
  fail(error: unknown): void {
    emit(this, 'nps-console-failure', { error });
  }

  /** Has the console say one of its texts, as an alert. */
  refuse(key: Key): void {
    emit(this, 'nps-console-notice', { key, alert: true });
  }

  private renderConflict() {
    if (!this.conflict) return nothing;
    const fields = [...new Set(this.conflict.map((f) => this.i18n.t(FIELD_LABELS[f] ?? 'errorInput')))];
    return html`<div class="notice alert" role="alert">
      <p>${this.i18n.t('conflict', { fields: fields.join(', ') })}</p>
      <button class="button" type="button" @click=${this.handleReload}>${this.i18n.t('conflictReload')}</button>
    </div>`;
  }

  private renderTab(survey: ConsoleSurvey, tab: Tab) {
    const { language, panels, busy } = this;
    switch (tab) {
      case 'texts':
        return html`<nps-texts-editor language=${language} .survey=${survey} ?busy=${busy}
          @nps-texts-save=${this.handleTextsSave}></nps-texts-editor>`;
      case 'themes':
        return html`<nps-themes-editor language=${language} .survey=${survey} .suggestions=${panels.suggestions}
          ?busy=${busy} @nps-themes-save=${this.handleThemesSave}></nps-themes-editor>`;
      case 'install':
        return html`<nps-install-panel language=${language} server=${this.server} .survey=${survey}
          .installations=${panels.installations} @nps-install-check=${panels.loadInstallations}></nps-install-panel>`;
      case 'links':
        return html`<nps-links-panel language=${language} .survey=${survey} .links=${panels.links}
          ?can-rotate=${survey.access.includes('TOKENS')} ?rotated=${panels.linkKeyRotated}
          @nps-links-make=${panels.makeLinks} @nps-link-key-rotate=${panels.rotateLinkKey}></nps-links-panel>`;
      case 'people':
        return html`<nps-people-panel language=${language} me=${this.me} .members=${panels.people?.members ?? []}
          .invitations=${panels.people?.invitations ?? []} .log=${panels.people?.auditLog ?? []}
          .link=${panels.inviteLink} @nps-member-invite=${panels.invite} @nps-member-role=${panels.setRole}
          @nps-invitation-revoke=${panels.revokeInvitation}></nps-people-panel>`;
      case 'tokens':
        return html`<nps-tokens-panel language=${language} .tokens=${panels.tokens} .created=${panels.createdToken}
          @nps-token-create=${panels.createToken} @nps-token-revoke=${panels.revokeToken}></nps-tokens-panel>`;
      default:
        return html`
          <nps-survey-form language=${language} .survey=${survey} .errors=${this.fieldErrors} ?busy=${busy}
            @nps-survey-save=${this.handleSurveySave}></nps-survey-form>
          <nps-survey-lifecycle language=${language} .survey=${survey} ?busy=${busy}
            @nps-survey-lifecycle=${this.handleLifecycle} @nps-survey-delete=${this.handleDelete}></nps-survey-lifecycle>
        `;
    }
  }

  private renderNew() {
    return html`
      <section class="card" aria-labelledby="new-title">
        <div class="title">
          <h2 id="new-title">${this.i18n.t('newSurveyTitle')}</h2>
          <button class="button" type="button" @click=${() => emit(this, 'nps-survey-close', {})}>
            ${this.i18n.t('cancel')}
          </button>
        </div>
        <nps-survey-form language=${this.language} .errors=${this.fieldErrors} ?busy=${this.busy}
          @nps-survey-save=${this.handleSurveySave}></nps-survey-form>
      </section>
    `;
  }

  override render() {
    const { i18n, survey, tab } = this;
    if (!survey) return this.renderNew();
    return html`
      <section class="card" aria-labelledby="survey-title">
        <div class="title">
          <button class="button" type="button" @click=${() => emit(this, 'nps-survey-close', {})}>
            ← ${i18n.t('allSurveys')}
          </button>
          <h2 id="survey-title">${survey.brand}</h2>
          ${surveyStatus(survey, i18n)}
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
                @click=${() => this.selectTab(name)}
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
}
