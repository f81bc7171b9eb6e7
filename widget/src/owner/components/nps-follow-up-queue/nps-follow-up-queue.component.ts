import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { emit } from '../../../internal/events.ts';
import { FOLLOW_UP_REASONS, type FollowUpReason, type FollowUpTask } from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-follow-up-queue.styles.ts';

/** Tasks listed at first, and added by each "show more". */
const PAGE = 10;

/**
 * Detractors to follow up, oldest first, each with the time left to the 24-hour target and a form to record what
 * was done: who, a note, and why the customer was unhappy. The page records it and then drops the task.
 *
 * @fires nps-follow-up-record - A follow-up form was filled in and sent.
 * @csspart task - One detractor.
 * @csspart due - The time left (also `overdue` once it has run out).
 * @csspart record - The form's button.
 * @csspart more - The button that lists more tasks.
 * @cssproperty --nps-dashboard-accent - The button and focus colour.
 * @cssproperty --nps-dashboard-radius - Corner radius of a task.
 */
export class NpsFollowUpQueue extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** The form whose reasons are missing, if any. */
  @state() private missingReasons: string | null = null;
  /** Who followed up last: most people record several in a row. */
  @state() private by = '';
  /** How many tasks are listed: the oldest first, more on demand. */
  @state() private shown = PAGE;

  /** The detractors waiting, oldest first. */
  @property({ attribute: false }) tasks: readonly FollowUpTask[] = [];

  /** Language of the queue's own texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  /** Names of languages and markets in the page's language. */
  @property({ attribute: false }) names: (code: string, kind: 'language' | 'market') => string = (code) =>
    code;

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  /** A duration in words of the dashboard's own, so that each language gives it its plural (`Intl` may lack one). */
  private duration(seconds: number): string {
    const s = Math.abs(seconds);
    if (s >= 2 * 86_400) return this.i18n.t('durationDays', { count: Math.floor(s / 86_400) });
    if (s >= 3_600) return this.i18n.t('durationHours', { count: Math.floor(s / 3_600) });
    return this.i18n.t('durationMinutes', { count: Math.max(1, Math.floor(s / 60)) });
  }

  private handleSubmit(event: SubmitEvent, task: FollowUpTask): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const reasons = data.getAll('reason').map(String) as FollowUpReason[];
    if (!reasons.length) {
      this.missingReasons = task.response.id;
      return;
    }
    this.missingReasons = null;
    this.by = String(data.get('by') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    emit(this, 'nps-follow-up-record', {
      responseId: task.response.id,
      by: this.by,
      note: note || null,
      reasons,
    });
  }

  private renderTask(task: FollowUpTask) {
    const { response } = task;
    const id = response.id;
    const due = task.overdue
      ? this.i18n.t('overdueBy', { time: this.duration(task.secondsLeft) })
      : this.i18n.t('timeLeft', { time: this.duration(task.secondsLeft) });
    const where = [
      this.names(response.language, 'language'),
      response.market && this.names(response.market, 'market'),
    ]
      .filter(Boolean)
      .join(', ');
    return html`<li part="task" data-response-id=${id}>
      <div class="meta">
        <span class="score">${this.i18n.number(response.score)}/${this.i18n.number(10)}</span>
        <span>${where}</span>
        <span part=${task.overdue ? 'due overdue' : 'due'}>${due}</span>
      </div>
      ${response.comment ? html`<blockquote dir="auto">${response.comment}</blockquote>` : null}
      <details>
      <summary>${this.i18n.t('followUp')}</summary>
      <form @submit=${(event: SubmitEvent) => this.handleSubmit(event, task)}>
        <div class="field">
          <label for="by-${id}">${this.i18n.t('followedUpBy')}</label>
          <input type="text" id="by-${id}" name="by" required maxlength="200" autocomplete="email" .value=${this.by} />
        </div>
        <fieldset aria-describedby=${this.missingReasons === id ? `reasons-${id}` : ''}>
          <legend>${this.i18n.t('reasons')}</legend>
          ${FOLLOW_UP_REASONS.map(
            (reason) =>
              html`<label><input type="checkbox" name="reason" value=${reason} />${this.i18n.t(`reason_${reason}`)}</label>`,
          )}
        </fieldset>
        ${this.missingReasons === id ? html`<p role="alert" id="reasons-${id}">${this.i18n.t('reasonRequired')}</p>` : null}
        <div class="field">
          <label for="note-${id}">${this.i18n.t('note')}</label>
          <textarea id="note-${id}" name="note" rows="2" maxlength="2000"></textarea>
        </div>
        <button class="button primary" part="record" type="submit">${this.i18n.t('record')}</button>
      </form>
      </details>
    </li>`;
  }

  override render() {
    if (!this.tasks.length) return html`<p>${this.i18n.t('noFollowUps')}</p>`;
    const more = Math.min(PAGE, this.tasks.length - this.shown);
    // Keyed: a half-filled form stays with its detractor when the queue above it changes.
    return html`<ol>${repeat(
      this.tasks.slice(0, this.shown),
      (task) => task.response.id,
      (task) => this.renderTask(task),
    )}</ol>
      ${
        more > 0
          ? html`<button class="button" part="more" @click=${() => (this.shown += PAGE)}>${this.i18n.t('showMore', { count: more })}</button>`
          : null
      }`;
  }
}
