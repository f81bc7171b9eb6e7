import { el } from './el.ts';
import { en, type Messages } from './en.ts';
import { id } from './id.ts';
import { mk } from './mk.ts';
import { ro } from './ro.ts';
import { tr } from './tr.ts';

export const LOCALES = { en, id, mk, ro, el, tr } satisfies Record<string, Messages>;

export type Language = keyof typeof LOCALES;

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  mk: 'Македонски',
  ro: 'Română',
  el: 'Ελληνικά',
  tr: 'Türkçe',
};

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LOCALES, value);
}
