import { el } from './el.ts';
import { en, type PageMessages } from './en.ts';
import { id } from './id.ts';
import { mk } from './mk.ts';
import { ro } from './ro.ts';
import { tr } from './tr.ts';

export const PAGE_LOCALES = { en, id, mk, ro, el, tr } satisfies Record<string, PageMessages>;

export type PageLanguage = keyof typeof PAGE_LOCALES;

/** The page's texts in a language, English for one we do not have. */
export function pageTexts(language: string | null | undefined): PageMessages {
  return PAGE_LOCALES[language as PageLanguage] ?? en;
}
