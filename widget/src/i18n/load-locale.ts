import type { Messages } from './locales/en.ts';

export type LoadLocale<M = Messages> = (language: string) => Promise<Partial<M>>;

/**
 * Downloads one language's texts from `<base><language>.json` (the build's `dist/locales/`). The browser's HTTP
 * cache keeps them: the API serves them with a long max-age.
 */
export function localeLoader(base: string | URL): LoadLocale {
  return async (language) => {
    const response = await fetch(new URL(`${language}.json`, base), { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as Partial<Messages>;
  };
}
