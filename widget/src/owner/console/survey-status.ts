import { html } from 'lit';
import type { ConsoleSurvey } from './api/client.ts';
import type { ConsoleI18n } from './i18n/console-i18n.ts';

/** A survey's state as a badge: archived, paused, or taking answers (styled by `consoleCards`). */
export function surveyStatus(survey: Pick<ConsoleSurvey, 'active' | 'archived'>, i18n: ConsoleI18n) {
  if (survey.archived) return html`<span class="badge">${i18n.t('statusArchived')}</span>`;
  if (!survey.active) return html`<span class="badge">${i18n.t('statusPaused')}</span>`;
  return html`<span class="badge active">${i18n.t('statusActive')}</span>`;
}
