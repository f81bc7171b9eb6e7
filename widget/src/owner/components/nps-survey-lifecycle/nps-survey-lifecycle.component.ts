import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../../internal/events.ts';
import type { ConsoleSurvey } from '../../console/api/client.ts';
import { consoleI18n } from '../../console/i18n/console-i18n.ts';
import { styles } from './nps-survey-lifecycle.styles.ts';

/**
 * A survey's life: pause it (and resume it), archive it (and bring it back), and, for those who may, delete it with
 * its answers, once its brand is typed to confirm.
 *
 * @fires nps-survey-lifecycle - The survey is to be paused or resumed, archived or brought back.
 * @fires nps-survey-delete - The survey is to be deleted: its brand as typed.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 * @cssproperty --nps-dashboard-card - Card background.
 * @cssproperty --nps-dashboard-radius - Corner radius.
 */
export class NpsSurveyLifecycle extends LitElement {
  static override styles = styles;

  private readonly i18n = consoleI18n(this);

  /** The brand typed to confirm a deletion. */
  @state() private confirmBrand = '';

  /** The survey. */
  @property({ attribute: false }) survey: ConsoleSurvey | null = null;

  /** A change is under way: the buttons wait. */
  @property({ type: Boolean }) busy = false;

  /** Language of its texts. */
  @property() language = 'en';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) void this.i18n.setLanguage(this.language);
    if (changed.has('survey') && changed.get('survey')?.id !== this.survey?.id) this.confirmBrand = '';
  }

  private get confirmed(): boolean {
    return this.confirmBrand.trim() === this.survey?.brand;
  }

  private handleDelete(event: SubmitEvent): void {
    event.preventDefault();
    if (this.confirmed) emit(this, 'nps-survey-delete', { brand: this.confirmBrand });
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
            <button class="button danger" type="submit" ?disabled=${this.busy || !this.confirmed}>
              ${this.busy ? i18n.t('deleting') : i18n.t('delete')}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  override render() {
    const { i18n, survey } = this;
    if (!survey) return nothing;
    return html`
      <section class="card" aria-labelledby="lifecycle-title">
        <h3 id="lifecycle-title">${i18n.t('lifecycleTitle')}</h3>
        <div class="actions">
          <button
            class="button"
            type="button"
            ?disabled=${this.busy || survey.archived}
            aria-describedby="pause-help"
            @click=${() => emit(this, 'nps-survey-lifecycle', { active: !survey.active })}
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
            @click=${() => emit(this, 'nps-survey-lifecycle', { archived: !survey.archived })}
          >
            ${survey.archived ? i18n.t('unarchive') : i18n.t('archive')}
          </button>
          <span class="help" id="archive-help">${i18n.t('archiveHelp')}</span>
        </div>
      </section>
      ${survey.access.includes('DELETE') ? this.renderDelete(survey) : nothing}
    `;
  }
}
