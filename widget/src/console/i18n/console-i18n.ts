import type { ReactiveControllerHost } from 'lit';
import { I18nController } from '../../i18n/i18n.controller.ts';
import { CONSOLE_LOCALES } from './all.ts';
import { type ConsoleMessages, en } from './en.ts';

export type ConsoleI18n = I18nController<ConsoleMessages>;

/** The console's texts, through the widget's i18n controller: every language is in the bundle already. */
export function consoleI18n(host: ReactiveControllerHost): ConsoleI18n {
  return new I18nController<ConsoleMessages>(
    host,
    () => async (language) => CONSOLE_LOCALES[language as keyof typeof CONSOLE_LOCALES] ?? {},
    en,
  );
}

/**
 * A date as its language writes it, or as day.month.year where the browser has no data for the language (Chromium
 * has none for Macedonian: its `Intl` answers in American English).
 */
export function formatDate(value: string | Date, language: string): string {
  const date = new Date(value);
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  if (format.resolvedOptions().locale.split('-')[0] === language) return format.format(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
