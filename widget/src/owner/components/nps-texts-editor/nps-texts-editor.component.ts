import {
  pluralForms,
  WIDGET_TEXT_PLACEHOLDERS,
  type WidgetTextIssue,
  type WidgetTextKey,
  widgetTextIssue,
} from '@nps/schema/widget-texts';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SurveyConfig } from '../../../api/client.ts';
import type { MessageKey } from '../../../i18n/i18n.controller.ts';
import { LOCALES } from '../../../i18n/locales/all.ts';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import { languageField, languageName } from '../../console/language-field.ts';
import '../../../components/nps-survey/nps-survey.ts';
import { styles } from './nps-texts-editor.styles.ts';

type Key = MessageKey<ConsoleMessages>;
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const STEPS = [
  ['previewQuestion', undefined],
  ['detractor', 3],
  ['passive', 8],
  ['promoter', 10],
] as const;

/** Numbers that take a plural form in a language, for the owner who does not know CLDR's names of forms. */
function examples(language: string, form: string): string {
  const rules = new Intl.PluralRules(language);
  const found: number[] = [];
  for (let n = 0; n < 200 && found.length < 3; n++) if (rules.select(n) === form) found.push(n);
  return found.length === 3 ? `${found.join(', ')}…` : found.join(', ');
}

/**
 * A survey's own wording of every widget text, language by language, beside the real `<nps-survey>` in preview mode
 * (nothing is sent or counted), at desktop width or 320 px, at the question or at each category's follow-up. A text
 * left empty is the built-in one, shown in grey; plural texts are asked for in the forms the language has; each text
 * is checked as it is typed, by the rules the API applies (placeholders it may and must use).
 *
 * @fires nps-texts-save - Every language's texts, when none has a problem.
 * @csspart base - The editor and its preview.
 * @csspart preview - The preview column.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 */
export class NpsTextsEditor extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The texts as being edited, by `<language>:<key>`. */
  @state() private draft = new Map<string, string>();
  /** The survey language whose texts show. */
  @state() private textLanguage = 'en';
  @state() private previewScore: number | undefined;
  @state() private narrow = false;

  /** The survey whose texts are edited. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** A save is under way. */
  @property({ type: Boolean }) busy = false;

  /** Language of the editor's own texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
    const before = changed.get('survey');
    if (changed.has('survey') && this.survey) {
      this.draft = new Map(this.survey.texts.map((t) => [`${t.language}:${t.key}`, t.text]));
      // Another survey opens in its default language; the same one, saved, stays where the owner was.
      if (before?.id !== this.survey.id || !this.survey.languages.includes(this.textLanguage)) {
        this.textLanguage = this.survey.defaultLanguage;
      }
    }
  }

  /** The keys to word in a language: every text, plural ones in the forms the language has. */
  private keys(language: string): WidgetTextKey[] {
    const forms = pluralForms(language);
    return (Object.keys(WIDGET_TEXT_PLACEHOLDERS) as WidgetTextKey[]).filter((key) => {
      const form = PLURAL.exec(key)?.[2];
      return !form || forms.includes(form);
    });
  }

  private get problems(): Map<string, WidgetTextIssue> {
    const found = new Map<string, WidgetTextIssue>();
    for (const [id, text] of this.draft) {
      const [language = '', key = ''] = id.split(':');
      const issue = text.trim() ? widgetTextIssue(language, key, text) : undefined;
      if (issue && this.survey?.languages.includes(language)) found.set(id, issue);
    }
    return found;
  }

  private handleInput(id: string, event: InputEvent): void {
    const draft = new Map(this.draft);
    draft.set(id, (event.target as HTMLTextAreaElement).value);
    this.draft = draft;
  }

  private handleSave(event: SubmitEvent): void {
    event.preventDefault();
    const problems = this.problems;
    if (problems.size) {
      const [first] = problems.keys();
      this.textLanguage = first?.split(':')[0] ?? this.textLanguage;
      return;
    }
    const languages = this.survey?.languages ?? [];
    const texts = [...this.draft]
      .map(([id, text]) => {
        const [language = '', key = ''] = id.split(':');
        return { language, key, text: text.trim() };
      })
      .filter(({ language, text }) => text && languages.includes(language));
    emit(this, 'nps-texts-save', { texts });
  }

  private issueText(issue: WidgetTextIssue): string {
    const braces = (name: string) => `{{${name}}}`;
    switch (issue.kind) {
      case 'unclosed':
        return this.i18n.t('issueUnclosed', { example: braces('brand') });
      case 'missing':
        return this.i18n.t('issueMissing', { placeholder: braces(issue.placeholder) });
      case 'unknownPlaceholder':
        return issue.allowed.length
          ? this.i18n.t('issueUnknownPlaceholder', {
              placeholder: braces(issue.placeholder),
              allowed: issue.allowed.map(braces).join(', '),
            })
          : this.i18n.t('issueNoPlaceholders', { placeholder: braces(issue.placeholder) });
      case 'pluralForm':
        return this.i18n.t('issuePluralForm');
      case 'reference':
        return this.i18n.t('issueReference');
      default:
        return this.i18n.t('errorInput');
    }
  }

  /** The survey as the widget would load it, with the texts as they are being typed. */
  private get previewConfig(): SurveyConfig | undefined {
    const { survey } = this;
    if (!survey) return undefined;
    return {
      siteKey: survey.siteKey,
      brand: survey.brand,
      languages: survey.languages,
      defaultLanguage: survey.defaultLanguage,
      markets: survey.markets,
      recontactDays: survey.recontactDays,
      sampleRate: 1,
      delaySeconds: 0,
      active: true,
      customerAnsweredRecently: false,
      texts: [...this.draft]
        .filter(([id, text]) => text.trim() && !this.problems.has(id))
        .map(([id, text]) => {
          const [language = '', key = ''] = id.split(':');
          return { language, key: key as WidgetTextKey, text: text.trim() };
        }),
    };
  }

  private renderText(language: string, key: WidgetTextKey) {
    const id = `${language}:${key}`;
    const [, stem, form] = PLURAL.exec(key) ?? [];
    const label = this.i18n.t(`text_${stem ?? key}` as Key);
    const builtIn =
      (LOCALES[language as keyof typeof LOCALES] as Record<string, string> | undefined)?.[key] ?? '';
    const issue = this.problems.get(id);
    const field = `text-${key}`;
    return html`
      <div class="field">
        <label for=${field}>
          ${label}${form ? html` <span class="help">(${this.i18n.t('pluralForm', { form: examples(language, form) })})</span>` : nothing}
        </label>
        <textarea
          id=${field}
          rows=${key === 'question' || key.startsWith('followUp') ? 2 : 1}
          lang=${language}
          dir="auto"
          placeholder=${builtIn}
          .value=${this.draft.get(id) ?? ''}
          aria-describedby=${issue ? `${field}-help ${field}-error` : `${field}-help`}
          aria-invalid=${issue ? 'true' : 'false'}
          @input=${(event: InputEvent) => this.handleInput(id, event)}
        ></textarea>
        <p class="help" id=${`${field}-help`}>${this.i18n.t('builtIn', { text: builtIn })}</p>
        ${issue ? html`<p class="error" id=${`${field}-error`} role="alert">${this.issueText(issue)}</p>` : nothing}
      </div>
    `;
  }

  override render() {
    const { i18n, survey } = this;
    if (!survey) return nothing;
    const language = this.textLanguage;
    return html`
      <div part="base">
        <form novalidate @submit=${this.handleSave}>
          ${languageField('text-language', i18n.t('textLanguage'), survey.languages, language, (chosen) => {
            this.textLanguage = chosen;
          })}
          <h2>${i18n.t('textsTitle', { language: languageName(language) })}</h2>
          <p class="help">${i18n.t('textsHelp', { placeholder: '{{brand}}' })}</p>
          ${this.keys(language).map((key) => this.renderText(language, key))}
          <div class="actions">
            <button class="button primary" type="submit" ?disabled=${this.busy}>
              ${this.busy ? i18n.t('saving') : i18n.t('saveTexts')}
            </button>
          </div>
        </form>
        <section part="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">${i18n.t('preview')}</h2>
          <p class="help">${i18n.t('previewHelp')}</p>
          <div class="options">
            <fieldset>
              <legend>${i18n.t('previewStep')}</legend>
              ${STEPS.map(
                ([label, score]) => html`
                  <label class="check">
                    <input
                      type="radio"
                      name="step"
                      .checked=${this.previewScore === score}
                      @change=${() => {
                        this.previewScore = score;
                      }}
                    />
                    ${score === undefined ? i18n.t(label) : `${i18n.t('previewFollowUp')}: ${i18n.t(label)}`}
                  </label>
                `,
              )}
            </fieldset>
            <fieldset>
              <legend>${i18n.t('previewWidth')}</legend>
              ${([false, true] as const).map(
                (narrow) => html`
                  <label class="check">
                    <input
                      type="radio"
                      name="width"
                      .checked=${this.narrow === narrow}
                      @change=${() => {
                        this.narrow = narrow;
                      }}
                    />
                    ${i18n.t(narrow ? 'previewNarrow' : 'previewDesktop')}
                  </label>
                `,
              )}
            </fieldset>
          </div>
          <div class="frame ${this.narrow ? 'narrow' : ''}">
            <nps-survey
              preview
              language=${language}
              .previewScore=${this.previewScore}
              .config=${this.previewConfig}
            ></nps-survey>
          </div>
        </section>
      </div>
    `;
  }
}
