import type { ReactiveControllerHost } from 'lit';
import { I18nController } from '../../../i18n/i18n.controller.ts';
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
