import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LANGUAGE_NAMES } from '../../../i18n/languages.ts';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { surveyStatus } from '../../console/survey-status.ts';
import { styles } from './nps-survey-list.styles.ts';

/**
 * The surveys a person may open: each one's brand, languages and state, with a button that opens it; the archived
 * ones apart, below; and a button that makes a new one.
 *
 * @fires nps-survey-open - A survey is to be opened.
 * @fires nps-survey-new - A new survey is to be made.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsSurveyList extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The surveys, newest first. */
  @property({ attribute: false }) surveys: readonly ConsoleSurvey[] = [];

  /** Language of its texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
  }

  private renderRows(surveys: readonly ConsoleSurvey[]) {
    const { i18n } = this;
    return html`
      <table>
        <tbody>
          ${surveys.map(
            (survey) => html`
              <tr>
                <th scope="row">${survey.brand}</th>
                <td>${survey.languages.map((code) => LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code).join(', ')}</td>
                <td>${surveyStatus(survey, i18n)}</td>
                <td>
                  <button
                    class="button"
                    type="button"
                    aria-label=${`${i18n.t('edit')}: ${survey.brand}`}
                    @click=${() => emit(this, 'nps-survey-open', { id: survey.id })}
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
  }

  override render() {
    const { i18n } = this;
    const current = this.surveys.filter((s) => !s.archived);
    const archived = this.surveys.filter((s) => s.archived);
    return html`
      <section class="card" aria-labelledby="surveys-title">
        <div class="title">
          <h2 id="surveys-title">${i18n.t('surveysTitle')}</h2>
          <button class="button primary" type="button" @click=${() => emit(this, 'nps-survey-new', {})}>
            ${i18n.t('newSurvey')}
          </button>
        </div>
        ${current.length ? this.renderRows(current) : html`<p>${i18n.t('noSurveys')}</p>`}
        ${archived.length ? html`<h3>${i18n.t('archivedTitle')}</h3>${this.renderRows(archived)}` : nothing}
      </section>
    `;
  }
}
