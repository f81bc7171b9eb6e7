import i18next, { type i18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from './locales/en.ts';
import { LOCALES } from './locales/index.ts';

/** Keys a host may ask for: every English key, plural ones by their stem (`charactersLeft`). */
export type MessageKey = keyof Messages extends infer K
  ? K extends `${infer Stem}_${'one' | 'few' | 'many' | 'other'}`
    ? Stem
    : K
  : never;

/** Per-language texts that replace the built-in ones (the survey's question overrides). */
export type Overrides = Partial<Record<string, Partial<Record<MessageKey, string>>>>;

/**
 * The one way an element gets its texts: an i18next instance of its own (two surveys on a page may speak two
 * languages), English as the fallback, and a re-render of the host whenever the language or the texts change.
 */
export class I18nController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #i18n: i18n;

  constructor(host: ReactiveControllerHost, language = 'en') {
    this.#host = host;
    host.addController(this);
    this.#i18n = i18next.createInstance();
    void this.#i18n.init({
      lng: language,
      fallbackLng: 'en',
      resources: Object.fromEntries(
        Object.entries(LOCALES).map(([lng, messages]) => [lng, { translation: messages }]),
      ),
      // Lit renders text, never HTML: escaping here would show `&amp;` for a brand with `&`.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }

  hostConnected(): void {}

  get language(): string {
    return this.#i18n.language;
  }

  async setLanguage(language: string): Promise<void> {
    if (language === this.#i18n.language) return;
    await this.#i18n.changeLanguage(language);
    this.#host.requestUpdate();
  }

  /** Replaces built-in texts, e.g. a survey's own wording of the question in one language. */
  override(overrides: Overrides): void {
    for (const [language, texts] of Object.entries(overrides)) {
      const defined = Object.fromEntries(Object.entries(texts ?? {}).filter(([, text]) => text));
      this.#i18n.addResourceBundle(language, 'translation', defined, true, true);
    }
    this.#host.requestUpdate();
  }

  t(key: MessageKey, options: Record<string, string | number> = {}): string {
    return this.#i18n.t(key, options);
  }

  /** A number in the visitor's language (digits and separators differ). */
  number(value: number): string {
    return new Intl.NumberFormat(this.#i18n.language).format(value);
  }
}
