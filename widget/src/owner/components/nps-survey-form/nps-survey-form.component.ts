import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MessageKey } from '../../../i18n/i18n.controller.ts';
import { LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import { emit, type SurveyFields } from '../../../internal/events.ts';
import type { ConsoleSurvey } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import { styles } from './nps-survey-form.styles.ts';

type Key = MessageKey<ConsoleMessages>;
type Field = keyof SurveyFields;

/** The message of each field when the API refuses it: the API says which field, the console says it in words. */
export const FIELD_ERRORS: Record<Field | 'texts', Key> = {
  brand: 'errorBrand',
  languages: 'errorLanguages',
  defaultLanguage: 'errorDefaultLanguage',
  markets: 'errorMarkets',
  allowedOrigins: 'errorAllowedOrigins',
  sampleRate: 'errorSampleRate',
  delaySeconds: 'errorDelaySeconds',
  recontactDays: 'errorRecontactDays',
  minResponses: 'errorMinResponses',
  retentionDays: 'errorRetentionDays',
  active: 'errorInput',
  texts: 'errorTexts',
};

const NUMBERS = ['sampleRate', 'delaySeconds', 'recontactDays', 'minResponses', 'retentionDays'] as const;
const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * A survey's settings, to create one (no `survey`) or change one: brand, languages and the default, markets,
 * allowed origins, share of visitors asked, seconds before it shows, days before asking again, fewest answers per segment, days comments are
 * kept, and whether it is active. It checks only that numbers are numbers: the API decides what is valid, and the
 * page gives its refusal back as `errors`, shown next to each field.
 *
 * @fires nps-survey-save - The form was sent: the fields as typed, numbers read.
 * @csspart form - The form.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsSurveyForm extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The languages ticked, which the default language is chosen from. */
  @state() private chosen: string[] = ['en'];
  /** Fields whose number could not be read, before anything is sent. */
  @state() private unreadable: Partial<Record<Field, true>> = {};

  /** The survey to change; null to create one. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** The API's refusal, by field: shown next to it until the next save. */
  @property({ attribute: false }) errors: Partial<Record<string, true>> = {};

  /** A save is under way: the button says so and waits. */
  @property({ type: Boolean }) busy = false;

  /** Language of the form's texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
    if (changed.has('survey')) this.chosen = this.survey?.languages ?? ['en'];
  }

  private handleLanguages(event: Event): void {
    const form = (event.currentTarget as HTMLElement).closest('form');
    this.chosen = form ? new FormData(form).getAll('languages').map(String) : this.chosen;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const numbers: Partial<Record<(typeof NUMBERS)[number], number | null>> = {};
    const unreadable: Partial<Record<Field, true>> = {};
    for (const name of NUMBERS) {
      const value = text(name).replace(',', '.');
      if (value === '' && name === 'retentionDays') numbers[name] = null;
      else if (value === '' || !Number.isFinite(Number(value))) unreadable[name] = true;
      else numbers[name] = Number(value);
    }
    this.unreadable = unreadable;
    if (Object.keys(unreadable).length) return;
    emit(this, 'nps-survey-save', {
      brand: text('brand'),
      languages: data.getAll('languages').map(String),
      defaultLanguage: text('defaultLanguage'),
      markets: list(text('markets'), /[\s,;]+/),
      allowedOrigins: list(text('allowedOrigins'), /\s+/),
      sampleRate: numbers.sampleRate ?? 1,
      delaySeconds: numbers.delaySeconds ?? 0,
      recontactDays: numbers.recontactDays ?? 90,
      minResponses: numbers.minResponses ?? 30,
      retentionDays: numbers.retentionDays ?? null,
      active: data.get('active') === 'on',
    });
  }

  /** A labelled field with its help, and its error when it has one, both read with it. */
  private field(name: Field, control: (describedBy: string, invalid: boolean) => TemplateResult) {
    const invalid = Boolean(this.errors[name] || this.unreadable[name]);
    const help = `${name}-help`;
    const error = `${name}-error`;
    return html`
      <div class="field">
        <label for=${name}>${this.i18n.t(name as Key)}</label>
        ${control(invalid ? `${help} ${error}` : help, invalid)}
        <p class="help" id=${help}>${this.i18n.t(`${name}Help` as Key)}</p>
        ${invalid ? html`<p class="error" id=${error}>${this.i18n.t(FIELD_ERRORS[name])}</p>` : nothing}
      </div>
    `;
  }

  private input(name: Field, value: string, mode: 'text' | 'decimal' | 'numeric' = 'text') {
    return this.field(
      name,
      (describedBy, invalid) => html`
        <input
          id=${name}
          name=${name}
          .value=${value}
          inputmode=${mode}
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
        />
      `,
    );
  }

  override render() {
    const { i18n, survey } = this;
    const languages = [...new Set([...Object.keys(LANGUAGE_NAMES), ...(survey?.languages ?? [])])];
    const named = (code: string) => LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code;
    const invalidLanguages = Boolean(this.errors['languages']);
    const number = (value: number | null | undefined) =>
      value === null || value === undefined ? '' : String(value);
    return html`
      <form part="form" novalidate @submit=${this.handleSubmit}>
        ${this.input('brand', survey?.brand ?? '')}
        <fieldset
          aria-describedby=${invalidLanguages ? 'languages-help languages-error' : 'languages-help'}
          aria-invalid=${invalidLanguages ? 'true' : 'false'}
        >
          <legend>${i18n.t('languages')}</legend>
          <div class="choices" @change=${this.handleLanguages}>
            ${languages.map(
              (code) => html`
                <label class="check">
                  <input type="checkbox" name="languages" value=${code} .checked=${this.chosen.includes(code)} />
                  <span lang=${code}>${named(code)}</span>
                </label>
              `,
            )}
          </div>
          <p class="help" id="languages-help">${i18n.t('languagesHelp')}</p>
          ${invalidLanguages ? html`<p class="error" id="languages-error">${i18n.t('errorLanguages')}</p>` : nothing}
        </fieldset>
        ${this.field(
          'defaultLanguage',
          (describedBy, invalid) => html`
            <select
              id="defaultLanguage"
              name="defaultLanguage"
              aria-describedby=${describedBy}
              aria-invalid=${invalid ? 'true' : 'false'}
            >
              ${this.chosen.map(
                (code) => html`
                  <option value=${code} lang=${code} ?selected=${code === (survey?.defaultLanguage ?? this.chosen[0])}>
                    ${named(code)}
                  </option>
                `,
              )}
            </select>
          `,
        )}
        ${this.input('markets', (survey?.markets ?? []).join(', '))}
        ${this.field(
          'allowedOrigins',
          (describedBy, invalid) => html`
            <textarea
              id="allowedOrigins"
              name="allowedOrigins"
              rows="3"
              spellcheck="false"
              .value=${(survey?.allowedOrigins ?? []).join('\n')}
              aria-describedby=${describedBy}
              aria-invalid=${invalid ? 'true' : 'false'}
            ></textarea>
          `,
        )}
        <div class="numbers">
          ${this.input('sampleRate', number(survey?.sampleRate ?? 1), 'decimal')}
          ${this.input('delaySeconds', number(survey?.delaySeconds ?? 0), 'numeric')}
          ${this.input('recontactDays', number(survey?.recontactDays ?? 90), 'numeric')}
          ${this.input('minResponses', number(survey?.minResponses ?? 30), 'numeric')}
          ${this.input('retentionDays', number(survey?.retentionDays), 'numeric')}
        </div>
        <label class="check">
          <input type="checkbox" name="active" .checked=${survey?.active ?? true} ?disabled=${survey?.archived ?? false} />
          ${i18n.t('active')}
        </label>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? i18n.t('saving') : i18n.t(survey ? 'save' : 'create')}
          </button>
        </div>
      </form>
    `;
  }
}
