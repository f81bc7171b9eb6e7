import {
  BUILT_IN_THEMES,
  CUSTOM_THEME_LIMITS,
  type CustomThemeIssue,
  cueIssues,
  customThemeIssues,
} from '@nps/schema/custom-themes';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey, ThemeSuggestion } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { languageField, languageName } from '../../console/language-field.ts';
import { styles } from './nps-themes-editor.styles.ts';

/** A theme as being edited: its code, and per language its name and its cues one per line. */
interface Draft {
  code: string;
  texts: Map<string, { name: string; cues: string }>;
}

/** The field an issue belongs to: the code, or the name or cues in one language. */
type Field = 'code' | 'name' | 'cues';
const FIELD_OF: Record<CustomThemeIssue['kind'], Field> = {
  tooMany: 'code',
  code: 'code',
  builtIn: 'code',
  duplicate: 'code',
  language: 'name',
  duplicateLanguage: 'name',
  name: 'name',
  defaultName: 'name',
  cueCount: 'cues',
  cue: 'cues',
  wildcard: 'cues',
};

/** The built-in themes a survey may add cue words to (`OTHER` is no comment theme). */
const BUILT_IN = BUILT_IN_THEMES.filter((theme) => theme !== 'OTHER');
type BuiltIn = (typeof BUILT_IN)[number];

const cuesOf = (lines: string) =>
  lines
    .split('\n')
    .map((cue) => cue.trim())
    .filter(Boolean);

/**
 * A survey's own comment themes (besides price, quality, staff, delivery and support): each with a code, and per
 * survey language a name and cue words, one per line; and its own cue words for the built-in themes. Edited one
 * language at a time; each is checked as it is typed, by the rules the API applies. Shows the cue words people's
 * corrections suggest, each added to its theme's cues by a click (saved with the rest), and how far the
 * reclassification of the stored comments has come.
 *
 * @fires nps-themes-save - The whole list of themes and cue words, when none has a problem.
 * @csspart theme - Each theme's fieldset.
 * @csspart progress - How far the comments have been classified again.
 * @csspart built-in - The survey's own cue words for the built-in themes.
 * @csspart suggestions - The cue words people's corrections suggest.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 * @cssproperty --nps-dashboard-border - Each theme's frame.
 */
export class NpsThemesEditor extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  @state() private drafts: Draft[] = [];
  /** The survey's own cue words for the built-in themes, one per line, by `<theme>:<language>`. */
  @state() private builtIn = new Map<string, string>();
  /** The survey language whose names and cues show. */
  @state() private textLanguage = 'en';
  /** Problems show once a save was tried: not while a theme is still being typed. */
  @state() private checked = false;

  /** The survey whose themes are edited. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** The cue words the survey's corrections suggest (none without the right to read its answers). */
  @property({ attribute: false }) suggestions: readonly ThemeSuggestion[] = [];

  /** A save is under way. */
  @property({ type: Boolean }) busy = false;

  /** Language of the editor's own texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
    const before = changed.get('survey');
    if (changed.has('survey') && this.survey) {
      // A reload for the progress keeps what is being typed; a save or another survey starts from what is stored.
      if (before?.id !== this.survey.id || before?.version !== this.survey.version) {
        this.drafts = this.survey.customThemes.map(({ code, texts }) => ({
          code,
          texts: new Map(
            texts.map((text) => [text.language, { name: text.name, cues: text.cues.join('\n') }]),
          ),
        }));
        this.builtIn = new Map(
          this.survey.themeCues.map(({ theme, language, cues }) => [`${theme}:${language}`, cues.join('\n')]),
        );
        this.checked = false;
      }
      if (before?.id !== this.survey.id || !this.survey.languages.includes(this.textLanguage)) {
        this.textLanguage = this.survey.defaultLanguage;
      }
    }
  }

  /** The list as the API takes it: a language with neither name nor cues is left out. */
  private get themes() {
    return this.drafts.map(({ code, texts }) => ({
      code: code.trim().toUpperCase(),
      texts: [...texts]
        .filter(
          ([language, text]) =>
            this.survey?.languages.includes(language) && (text.name.trim() || text.cues.trim()),
        )
        .map(([language, text]) => ({ language, name: text.name.trim(), cues: cuesOf(text.cues) })),
    }));
  }

  /** The survey's own cue words for the built-in themes as the API takes them: those with a word. */
  private get themeCues() {
    return [...this.builtIn].flatMap(([id, lines]) => {
      const [theme = '', language = ''] = id.split(':');
      const cues = cuesOf(lines);
      return cues.length && this.survey?.languages.includes(language)
        ? [{ theme: theme as BuiltIn, language, cues }]
        : [];
    });
  }

  /** The built-in themes whose cue words in a language break a rule, by `<theme>:<language>`. */
  private get builtInIssues(): Set<string> {
    return new Set(
      this.themeCues
        .filter(({ cues }) => cueIssues(cues).length)
        .map(({ theme, language }) => `${theme}:${language}`),
    );
  }

  private get issues(): CustomThemeIssue[] {
    const { survey } = this;
    return survey ? customThemeIssues(this.themes, survey.languages, survey.defaultLanguage) : [];
  }

  /** The issue shown at one field, if any. */
  private issueAt(issues: readonly CustomThemeIssue[], index: number, field: Field, language?: string) {
    return issues.find(
      (issue) =>
        issue.index === index &&
        FIELD_OF[issue.kind] === field &&
        (field === 'code' || ('language' in issue && issue.language === language)),
    );
  }

  private edit(index: number, change: (draft: Draft) => void): void {
    this.drafts = this.drafts.map((draft, i) => {
      if (i !== index) return draft;
      const copy = { code: draft.code, texts: new Map(draft.texts) };
      change(copy);
      return copy;
    });
  }

  private handleText(index: number, field: 'name' | 'cues', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.edit(index, (draft) => {
      const text = draft.texts.get(this.textLanguage) ?? { name: '', cues: '' };
      draft.texts.set(this.textLanguage, { ...text, [field]: value });
    });
  }

  private handleAdd(): void {
    this.drafts = [...this.drafts, { code: '', texts: new Map() }];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`#theme-${this.drafts.length - 1}-code`)?.focus(),
    );
  }

  private handleRemove(index: number): void {
    this.drafts = this.drafts.filter((_, i) => i !== index);
  }

  /** Adds a suggested word to its theme's cues in its language, as if typed. */
  private handleAccept({ theme, custom, language, cue }: ThemeSuggestion): void {
    const add = (lines: string) => (lines.trim() ? `${lines.trimEnd()}\n${cue}` : cue);
    if (!custom) {
      const builtIn = new Map(this.builtIn);
      builtIn.set(`${theme}:${language}`, add(builtIn.get(`${theme}:${language}`) ?? ''));
      this.builtIn = builtIn;
      return;
    }
    const index = this.drafts.findIndex((draft) => draft.code.trim().toUpperCase() === theme);
    this.edit(index, (draft) => {
      const text = draft.texts.get(language) ?? { name: '', cues: '' };
      draft.texts.set(language, { ...text, cues: add(text.cues) });
    });
  }

  private handleSave(event: SubmitEvent): void {
    event.preventDefault();
    this.checked = true;
    const [first] = this.issues;
    const [builtIn] = this.builtInIssues;
    // To the language of the first problem, so that the owner sees it.
    const language = first && 'language' in first ? first.language : builtIn?.split(':')[1];
    if (first || builtIn) {
      if (language && this.survey?.languages.includes(language)) this.textLanguage = language;
      return;
    }
    emit(this, 'nps-themes-save', { customThemes: this.themes, themeCues: this.themeCues });
  }

  private issueText(field: Field, language: string): string {
    if (field === 'code') return this.i18n.t('themeCodeInvalid');
    if (field === 'name') {
      return this.i18n.t('themeNameInvalid', {
        max: CUSTOM_THEME_LIMITS.name,
        language: languageName(this.survey?.defaultLanguage ?? language),
      });
    }
    return this.i18n.t('themeCuesInvalid', {
      max: CUSTOM_THEME_LIMITS.cues,
      length: CUSTOM_THEME_LIMITS.cue,
    });
  }

  private renderProgress() {
    const job = this.survey?.reclassification;
    if (!job) return nothing;
    const figures = { done: this.i18n.number(job.done), total: this.i18n.number(job.total) };
    return html`<p part="progress" class="help" role="status">
      ${
        job.finishedAt
          ? this.i18n.t('themesReclassified', { ...figures, changed: this.i18n.number(job.changed) })
          : this.i18n.t('themesReclassifying', figures)
      }
    </p>`;
  }

  private renderTheme(draft: Draft, index: number, issues: readonly CustomThemeIssue[]) {
    const language = this.textLanguage;
    const named = languageName(language);
    const text = draft.texts.get(language) ?? { name: '', cues: '' };
    const id = `theme-${index}`;
    const field = (name: Field, control: unknown, label: string, wide = false) => {
      const issue = this.checked ? this.issueAt(issues, index, name, language) : undefined;
      return html`<div class="field ${wide ? 'wide' : ''}">
        <label for=${`${id}-${name}`}>${label}</label>
        ${control}
        ${issue ? html`<p class="error" id=${`${id}-${name}-error`} role="alert">${this.issueText(name, language)}</p>` : nothing}
      </div>`;
    };
    const invalid = (name: Field) =>
      this.checked && this.issueAt(issues, index, name, language) ? 'true' : 'false';
    const described = (name: Field) => (invalid(name) === 'true' ? `${id}-${name}-error` : nothing);
    return html`<fieldset part="theme">
      <legend>${draft.code.trim().toUpperCase() || this.i18n.t('themeNew')}</legend>
      ${field(
        'code',
        html`<input
          id=${`${id}-code`}
          autocapitalize="characters"
          spellcheck="false"
          maxlength="24"
          .value=${draft.code}
          aria-invalid=${invalid('code')}
          aria-describedby=${described('code')}
          @input=${(event: Event) =>
            this.edit(index, (d) => {
              d.code = (event.target as HTMLInputElement).value;
            })}
        />`,
        this.i18n.t('themeCode'),
      )}
      ${field(
        'name',
        html`<input
          id=${`${id}-name`}
          lang=${language}
          dir="auto"
          maxlength=${CUSTOM_THEME_LIMITS.name}
          .value=${text.name}
          aria-invalid=${invalid('name')}
          aria-describedby=${described('name')}
          @input=${(event: Event) => this.handleText(index, 'name', event)}
        />`,
        this.i18n.t('themeName', { language: named }),
      )}
      ${field(
        'cues',
        html`<textarea
          id=${`${id}-cues`}
          lang=${language}
          dir="auto"
          rows="3"
          spellcheck="false"
          .value=${text.cues}
          aria-invalid=${invalid('cues')}
          aria-describedby=${described('cues')}
          @input=${(event: Event) => this.handleText(index, 'cues', event)}
        ></textarea>`,
        this.i18n.t('themeCues', { language: named }),
        true,
      )}
      <div class="actions wide">
        <button class="button" type="button" @click=${() => this.handleRemove(index)}>
          ${this.i18n.t('themeRemove', { code: draft.code.trim().toUpperCase() || this.i18n.t('themeNew') })}
        </button>
      </div>
    </fieldset>`;
  }

  /** The suggestions in the language shown, for themes the survey has, not yet among the cues being edited. */
  private get shownSuggestions(): ThemeSuggestion[] {
    const language = this.textLanguage;
    const has = (lines: string | undefined, cue: string) =>
      cuesOf(lines ?? '').some((line) => line.toLowerCase() === cue);
    return this.suggestions.filter(({ theme, custom, language: of, cue }) => {
      if (of !== language) return false;
      if (!custom) return !has(this.builtIn.get(`${theme}:${language}`), cue);
      const draft = this.drafts.find((each) => each.code.trim().toUpperCase() === theme);
      return draft !== undefined && !has(draft.texts.get(language)?.cues, cue);
    });
  }

  private themeName(theme: string, custom: boolean): string {
    if (!custom) return this.i18n.t(`theme_${theme as BuiltIn}`);
    const texts = this.drafts.find((draft) => draft.code.trim().toUpperCase() === theme)?.texts;
    return (
      texts?.get(this.textLanguage)?.name || texts?.get(this.survey?.defaultLanguage ?? '')?.name || theme
    );
  }

  private renderBuiltIn() {
    const language = this.textLanguage;
    const named = languageName(language);
    const broken = this.checked ? this.builtInIssues : new Set<string>();
    return html`<fieldset part="built-in">
      <legend>${this.i18n.t('builtInCuesTitle')}</legend>
      <p class="help">${this.i18n.t('builtInCuesHelp')}</p>
      ${BUILT_IN.map((theme) => {
        const id = `cues-${theme}`;
        const bad = broken.has(`${theme}:${language}`);
        return html`<div class="field">
          <label for=${id}>${this.i18n.t('builtInCues', { theme: this.i18n.t(`theme_${theme}`), language: named })}</label>
          <textarea
            id=${id}
            lang=${language}
            dir="auto"
            rows="2"
            spellcheck="false"
            .value=${this.builtIn.get(`${theme}:${language}`) ?? ''}
            aria-invalid=${bad ? 'true' : 'false'}
            aria-describedby=${bad ? `${id}-error` : nothing}
            @input=${(event: Event) => {
              const builtIn = new Map(this.builtIn);
              builtIn.set(`${theme}:${language}`, (event.target as HTMLTextAreaElement).value);
              this.builtIn = builtIn;
            }}
          ></textarea>
          ${bad ? html`<p class="error" id=${`${id}-error`} role="alert">${this.issueText('cues', language)}</p>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  private renderSuggestions() {
    const shown = this.shownSuggestions;
    return html`<section part="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">${this.i18n.t('suggestionsTitle')}</h2>
      <p class="help">${this.i18n.t('suggestionsHelp')}</p>
      ${
        shown.length
          ? html`<ul>
            ${shown.map((suggestion) => {
              const theme = this.themeName(suggestion.theme, suggestion.custom);
              const words = { cue: suggestion.cue, theme };
              return html`<li>
                <span dir="auto">${this.i18n.t('suggestion', { ...words, count: this.i18n.number(suggestion.comments) })}</span>
                <button class="button" type="button" @click=${() => this.handleAccept(suggestion)}>
                  ${this.i18n.t('suggestionAdd', words)}
                </button>
              </li>`;
            })}
          </ul>`
          : html`<p class="help">${this.i18n.t('suggestionsNone')}</p>`
      }
    </section>`;
  }

  override render() {
    const { i18n, survey } = this;
    if (!survey) return nothing;
    const issues = this.issues;
    const full = this.drafts.length >= CUSTOM_THEME_LIMITS.themes;
    return html`<form novalidate @submit=${this.handleSave}>
      <h2>${i18n.t('themesTitle')}</h2>
      <p class="help">${i18n.t('themesHelp', { max: CUSTOM_THEME_LIMITS.themes })}</p>
      ${this.renderProgress()}
      ${languageField(
        'theme-language',
        i18n.t('themeLanguage'),
        survey.languages,
        this.textLanguage,
        (chosen) => {
          this.textLanguage = chosen;
        },
      )}
      <p class="help">${i18n.t('themeCuesHelp')}</p>
      ${this.drafts.length ? nothing : html`<p class="help">${i18n.t('themesNone')}</p>`}
      ${this.drafts.map((draft, index) => this.renderTheme(draft, index, issues))}
      <div class="actions">
        <button class="button" type="button" ?disabled=${full} @click=${this.handleAdd}>${i18n.t('themeAdd')}</button>
      </div>
      ${this.renderBuiltIn()} ${this.renderSuggestions()}
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${this.busy}>
          ${this.busy ? i18n.t('saving') : i18n.t('themesSave')}
        </button>
      </div>
    </form>`;
  }
}
