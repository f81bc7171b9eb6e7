import type { LOCALES } from './locales/all.ts';

export type Language = keyof typeof LOCALES;

/** Each language named in itself, for the language switcher; its keys are the languages the widget speaks. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  mk: 'Македонски',
  ro: 'Română',
  el: 'Ελληνικά',
  tr: 'Türkçe',
};

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGE_NAMES, value);
}

/** The browser's language when the widget speaks it, else English: the default of the owner's pages. */
export function browserLanguage(): Language {
  const language = navigator.language.slice(0, 2);
  return isLanguage(language) ? language : 'en';
}
