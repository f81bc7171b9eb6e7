import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { NpsCategory, WidgetTextKey } from '../../api/__generated__/operations.ts';
import {
  type ApiError,
  type SubmitResponseInput,
  type SurveyConfig,
  submitResponse,
} from '../../api/client.ts';
import { Outbox } from '../../api/outbox.ts';
import { detectLanguage } from '../../i18n/detect.ts';
import { I18nController, type MessageKey, type Overrides } from '../../i18n/i18n.controller.ts';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { localeLoader } from '../../i18n/load-locale.ts';
import type { Messages } from '../../i18n/locales/en.ts';
import { emit } from '../../internal/events.ts';
import { randomId } from '../../internal/random-id.ts';
import '../nps-scale/nps-scale.ts';
import { styles } from './nps-survey.styles.ts';

type Step = 'score' | 'comment' | 'thanks';

/**
 * The score's way to the API: chosen on a score link and waiting for a person's act (`awaiting-visitor`), kept in
 * the outbox for its comment (`held`), or sent.
 */
type ScoreState = 'none' | 'awaiting-visitor' | 'held' | 'sent';

// The SDL's text keys are the widget's own: a key on one side only fails to compile here.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _everyTextOverridable: SameKeys<WidgetTextKey, Extract<keyof Messages, string>> = true;

const MAX_COMMENT = 2000;

/**
 * How long a score waits for its comment, to go with it in one request: a few sentences are written well within it.
 * A comment written later is added to the score already sent, as one written after the page was hidden is.
 */
const HOLD_MS = 2 * 60_000;

/** What only a person does on a page: a mail scanner's visit loads it, and may run its scripts, but does none. */
const VISITOR_ACTS = ['pointerdown', 'keydown', 'touchstart'] as const;

const FOLLOW_UP: Record<NpsCategory, MessageKey> = {
  DETRACTOR: 'followUpDetractor',
  PASSIVE: 'followUpPassive',
  PROMOTER: 'followUpPromoter',
};

function categoryOf(score: number): NpsCategory {
  return score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
}

/**
 * The NPS survey: the 0-10 question, a follow-up question worded for the visitor's category, and a thank-you.
 * The score is kept in localStorage as soon as it is chosen and sent with the comment, or alone when the visitor skips
 * the comment, closes the survey, leaves the page or hides it, or after two minutes (a comment written later is
 * added to the same answer); an answer the API has not acknowledged waits there and is sent later (see `Outbox`).
 *
 * @fires nps-ready - The configuration loaded.
 * @fires nps-score - A score was answered.
 * @fires nps-comment - The follow-up comment was sent.
 * @fires nps-dismiss - Closed before the end.
 * @fires nps-complete - The thank-you is shown.
 * @csspart base - The survey's panel.
 * @csspart question - The current question.
 * @csspart close - The close button.
 * @csspart comment - The follow-up text area.
 * @csspart counter - The characters left.
 * @csspart button - The Send and Skip buttons (Send is also `primary`).
 * @csspart language - The language switcher.
 * @cssproperty --nps-accent - Main colour (chosen score, Send, focus ring).
 * @cssproperty --nps-accent-foreground - Text on the accent colour.
 * @cssproperty --nps-background - Panel background.
 * @cssproperty --nps-foreground - Text colour.
 * @cssproperty --nps-border - Borders of the scale and the text area.
 * @cssproperty --nps-radius - Corner radius.
 * @cssproperty --nps-font - Font family.
 * @cssproperty --nps-width - Largest width of the panel.
 * @cssproperty --nps-focus - Focus ring colour (the accent by default).
 */
export class NpsSurvey extends LitElement {
  static override styles = styles;

  private readonly i18n = new I18nController(this, () =>
    localeLoader(this.locales || new URL('/widget/locales/', this.endpoint || location.href)),
  );

  @query('textarea') private commentField!: HTMLTextAreaElement | null;

  @state() private step: Step = 'score';
  @state() private score: number | null = null;
  @state() private comment = '';
  /** The comment last sent, so that leaving the page and then pressing Send does not send it twice. */
  private sentComment = '';
  @state() private savedOffline = false;
  private scoreState: ScoreState = 'none';
  /** What a screen reader is told when the step changes. */
  @state() private announcement = '';
  /** Nothing shows before the visitor's language is here: no flash of English. */
  @state() private languageReady = false;
  /** A language the visitor or the page chose: a configuration read again later keeps it. */
  private chosenLanguage: string | undefined;
  private clientResponseId = '';
  private region: string | undefined;
  private outbox: Outbox | undefined;

  /** The survey's public key (`data-site-key` of the script tag). */
  @property({ attribute: 'site-key' }) siteKey = '';

  /** The GraphQL endpoint of the API, e.g. `https://api.example/graphql`. */
  @property() endpoint = '';

  /** Where the translations are (`<url><language>.json`); by default `/widget/locales/` on the endpoint's server. */
  @property() locales = '';

  /** The visitor's language, when the page knows it better than the browser (`data-lang`). */
  @property({ attribute: 'language' }) language = '';

  /** The market the visitor buys in (`TR`, `GR`, `CY`, ...); else the region of the language, if any. */
  @property() market = '';

  /** Overrides the survey's brand in the question. */
  @property() brand = '';

  /** Customer attributes stored with the answer (a flat object, e.g. `{ plan: 'pro' }`). */
  @property({ attribute: false }) customerAttributes:
    | Record<string, string | number | boolean | null>
    | undefined;

  /**
   * The survey's configuration: nothing shows without it. `widget.js` reads it for the script tag's survey and for
   * every `<nps-survey site-key="...">` the page placed.
   */
  @property({ attribute: false }) config: SurveyConfig | undefined;

  /** Where answers go; the API by default. */
  @property({ attribute: false }) send: (input: SubmitResponseInput) => Promise<unknown> = (input) =>
    submitResponse(this.endpoint, input);

  /** `light` or `dark`; unset follows the visitor's system (`prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** `bottom-right`, `bottom-left`, or unset to stay where the page placed the element. */
  @property({ reflect: true }) position: string | undefined;

  /** A preview (the owner console's): nothing is sent, kept or counted, whatever is answered. */
  @property({ type: Boolean }) preview = false;

  /** In a preview, the score whose follow-up question shows; unset, the question shows. */
  @property({ type: Number, attribute: 'preview-score' }) previewScore: number | undefined;

  /**
   * A score chosen before the survey showed (a score link of an email): its follow-up question shows at once. The
   * score is sent with the visitor's first act on the page (a click, a tap or a key), never by the page loading, so
   * that the mail gateways that open every link in a message answer nothing.
   */
  @property({ type: Number, attribute: 'chosen-score' }) chosenScore: number | undefined;

  /** The survey is the page (the hosted survey page): a region of it, not a dialog, and nothing to close. */
  @property({ type: Boolean, reflect: true }) page = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.handlePageHide);
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
    // The likely language downloads while the configuration does: one round trip before the survey can show.
    void this.i18n.preload(this.detect(Object.keys(LANGUAGE_NAMES)).language);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
    // A held score is not sent from here: the outbox sends it when due, unless consent was withdrawn (the survey
    // is taken off, and the site's answers forgotten).
    this.stopAwaitingVisitor();
  }

  /** Waits for the visitor's language too, so that `await el.updateComplete` sees the survey as it shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.i18n.settled;
    return super.getUpdateComplete();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const previewed = this.preview && changed.has('language');
    if ((changed.has('config') || previewed) && this.config) this.applyConfig(this.config);
    if (this.preview && changed.has('previewScore')) {
      this.score = this.previewScore ?? null;
      this.step = this.previewScore === undefined ? 'score' : 'comment';
    }
    if (
      !this.preview &&
      changed.has('chosenScore') &&
      this.chosenScore !== undefined &&
      this.step === 'score'
    ) {
      this.score = this.chosenScore;
      this.clientResponseId = randomId();
      this.scoreState = 'awaiting-visitor';
      this.step = 'comment';
      for (const type of VISITOR_ACTS) window.addEventListener(type, this.handleVisitorAct, true);
    }
  }

  private stopAwaitingVisitor(): void {
    for (const type of VISITOR_ACTS) window.removeEventListener(type, this.handleVisitorAct, true);
  }

  /** The score is answered: kept for its comment (see `HOLD_MS`). */
  private holdScore(): void {
    this.stopAwaitingVisitor();
    this.scoreState = 'held';
    this.outbox?.hold(this.answer(), HOLD_MS);
    const score = this.score ?? 0;
    emit(this, 'nps-score', { clientResponseId: this.clientResponseId, score, category: categoryOf(score) });
  }

  /** Sends a held score, with its comment if any, at most once. */
  private sendScore(extra: Partial<SubmitResponseInput> = {}): void {
    if (this.scoreState !== 'held') return;
    this.scoreState = 'sent';
    void this.deliver(this.answer(extra));
  }

  /** A person's act, not a script's (`isTrusted`): the chosen score is theirs. */
  private readonly handleVisitorAct = (event: Event): void => {
    if (event.isTrusted && this.scoreState === 'awaiting-visitor') this.holdScore();
  };

  private detect(available: readonly string[], defaultLanguage?: string) {
    return detectLanguage({
      attribute: this.language,
      pageLanguage: document.documentElement.lang,
      browserLanguages: navigator.languages,
      available,
      defaultLanguage,
    });
  }

  private applyConfig(config: SurveyConfig): void {
    const detected = this.detect(config.languages.filter(isLanguage), config.defaultLanguage);
    this.region = detected.region;
    const texts: Overrides = {};
    for (const { language, key, text } of config.texts) texts[language] = { ...texts[language], [key]: text };
    this.i18n.override(texts);
    if (!this.preview) {
      this.outbox ??= new Outbox({
        send: (input) => this.send(input),
        onDropped: (_input, error: ApiError) =>
          console.warn(`nps-survey: an answer was refused (${error.code})`),
      });
      void this.outbox.flush();
    }
    // A preview shows the language it is asked for, whatever was chosen in it before.
    const language = this.preview ? detected.language : (this.chosenLanguage ?? detected.language);
    void this.i18n.setLanguage(language).then(() => {
      this.languageReady = true;
      emit(this, 'nps-ready', { siteKey: config.siteKey, language: this.i18n.language });
    });
  }

  private get brandName(): string {
    return this.brand || this.config?.brand || '';
  }

  private answer(extra: Partial<SubmitResponseInput> = {}): SubmitResponseInput {
    const market =
      this.market || (this.region && this.config?.markets.includes(this.region) ? this.region : '');
    return {
      siteKey: this.config?.siteKey ?? this.siteKey,
      clientResponseId: this.clientResponseId,
      score: this.score ?? 0,
      language: this.i18n.language,
      ...(market && { market }),
      pageUrl: location.href.slice(0, 2048),
      ...(this.customerAttributes && { attributes: this.customerAttributes }),
      ...extra,
    };
  }

  /** Queues the answer and notes, for the visitor, whether it had to stay on this device for now. */
  private async deliver(input: SubmitResponseInput): Promise<void> {
    await this.outbox?.add(input);
    this.savedOffline = (this.outbox?.pending ?? []).some(
      (p) => p.clientResponseId === input.clientResponseId,
    );
  }

  private handleSelect(event: CustomEvent<{ score: number }>): void {
    this.score = event.detail.score;
    this.clientResponseId = randomId();
    this.holdScore();
    this.goTo('comment');
  }

  private handleInput(event: InputEvent): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
  }

  private handleSend(): void {
    if (this.scoreState === 'awaiting-visitor') this.holdScore();
    const comment = this.sendComment();
    if (comment) emit(this, 'nps-comment', { clientResponseId: this.clientResponseId, comment });
    this.finish();
  }

  /**
   * Sends the comment typed, if new: with the score when it is held, else added to the answer sent. Returns it.
   */
  private sendComment(): string {
    const comment = this.comment.trim();
    if (!comment || comment === this.sentComment) return '';
    this.sentComment = comment;
    if (this.scoreState === 'held') this.sendScore({ comment });
    else void this.deliver(this.answer({ comment }));
    return comment;
  }

  /**
   * Leaving the page: the held score goes now, with a comment typed but not sent (the request is `keepalive`, so it
   * outlives the page); kept in the outbox until acknowledged, as any answer.
   */
  private readonly handlePageHide = (): void => {
    if (this.step !== 'comment') return;
    this.sendComment();
    this.sendScore();
  };

  /** A hidden page may never be shown again (a phone's browser is closed from the background): the score goes now. */
  private readonly handleVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.sendScore();
  };

  private handleClose(): void {
    if (this.step !== 'thanks') emit(this, 'nps-dismiss', { step: this.step });
    this.sendScore();
    this.hide();
  }

  private async handleLanguage(event: Event): Promise<void> {
    await this.setLanguage((event.target as HTMLSelectElement).value);
  }

  private finish(): void {
    if (this.scoreState === 'awaiting-visitor') this.holdScore();
    this.sendScore();
    this.goTo('thanks');
    emit(this, 'nps-complete', { clientResponseId: this.clientResponseId, score: this.score ?? 0 });
  }

  private goTo(step: Step): void {
    this.step = step;
    void this.updateComplete.then(() => {
      this.announcement = this.stepText();
      if (step === 'comment') this.commentField?.focus();
    });
  }

  private stepText(): string {
    const brand = this.brandName;
    if (this.step === 'score') return this.i18n.t('question', { brand });
    if (this.step === 'comment') return this.i18n.t(FOLLOW_UP[categoryOf(this.score ?? 0)], { brand });
    return this.i18n.t('thanks');
  }

  /** Shows the survey (for single-page apps that decide when). */
  show(): void {
    this.hidden = false;
  }

  /** Hides the survey without answering. */
  hide(): void {
    this.hidden = true;
  }

  /** Switches the survey's language, e.g. when the page's own switcher changes. */
  async setLanguage(language: string): Promise<void> {
    this.chosenLanguage = language;
    await this.i18n.setLanguage(language);
  }

  private renderStep() {
    const { i18n } = this;
    if (this.step === 'score') {
      return html`
        <p part="question" aria-hidden="true">${this.stepText()}</p>
        <nps-scale
          .label=${this.stepText()}
          .value=${this.score}
          .scoreLabel=${(score: number) => i18n.t('scoreLabel', { score })}
          .formatScore=${(score: number) => i18n.number(score)}
          low-label=${i18n.t('scaleLow')}
          high-label=${i18n.t('scaleHigh')}
          @nps-select=${this.handleSelect}
        ></nps-scale>
      `;
    }
    if (this.step === 'comment') {
      const left = MAX_COMMENT - this.comment.length;
      return html`
        <label part="question" for="comment">${this.stepText()}</label>
        <textarea
          id="comment"
          part="comment"
          maxlength=${MAX_COMMENT}
          placeholder=${i18n.t('commentPlaceholder')}
          dir="auto"
          .value=${this.comment}
          @input=${this.handleInput}
        ></textarea>
        <p part="counter" aria-live="polite">${i18n.t('charactersLeft', { count: left })}</p>
        <div class="actions">
          <button type="button" part="button" @click=${() => this.finish()}>${i18n.t('skip')}</button>
          <button type="button" part="button primary" @click=${this.handleSend}>${i18n.t('send')}</button>
        </div>
      `;
    }
    return html`
      <p part="question">${i18n.t('thanks')}</p>
      ${this.savedOffline ? html`<p>${i18n.t('savedOffline')}</p>` : nothing}
    `;
  }

  override render() {
    if (!this.config || !this.languageReady) return nothing;
    const languages = this.config.languages.filter(isLanguage);
    return html`
      <section
        part="base"
        role=${this.page ? 'region' : 'dialog'}
        aria-label=${this.i18n.t('surveyLabel')}
        lang=${this.i18n.language}
        dir=${this.i18n.direction}
      >
        ${
          this.page
            ? nothing
            : html`<button type="button" part="close" aria-label=${this.i18n.t('close')} @click=${this.handleClose}>×</button>`
        }
        <div class="visually-hidden" role="status">${this.announcement}</div>
        ${this.renderStep()}
        ${
          languages.length > 1 && this.step !== 'thanks'
            ? html`
              <div class="footer">
                <select part="language" aria-label=${this.i18n.t('language')} @change=${this.handleLanguage}>
                  ${languages.map(
                    (code) =>
                      html`<option value=${code} lang=${code} ?selected=${code === this.i18n.language}>
                        ${LANGUAGE_NAMES[code]}
                      </option>`,
                  )}
                </select>
              </div>
            `
            : nothing
        }
      </section>
    `;
  }
}
