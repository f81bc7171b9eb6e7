import i18next, { type FormatterModule, type i18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from './intl.ts';
import { isLanguage } from './languages.ts';
import type { LoadLocale } from './load-locale.ts';
import { en, type Messages } from './locales/en.ts';

/** Keys a host may ask for: every English key, plural ones by their stem (`charactersLeft`). */
export type MessageKey<M = Messages> =
  Extract<keyof M, string> extends infer K
    ? K extends `${infer Stem}_${'one' | 'few' | 'many' | 'other'}`
      ? Stem
      : Extract<K, string>
    : never;

/** Per-language texts that replace the built-in ones (a survey's own wording), plural ones by form. */
export type Overrides<M = Messages> = Partial<
  Record<string, Partial<Record<Extract<keyof M, string>, string>>>
>;

/**
 * Every number put into a text is written as its language writes numbers ("20.000" in Romanian, "20,000" in
 * English), without the text asking for it: a translator cannot forget it.
 */
const numbersInTheirLanguage: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format: (value: string | number, _format, language) =>
    typeof value === 'number' ? formatNumber(value, language ?? 'en') : value,
};

/** `rtl` for a language written right to left (Arabic, Hebrew, ...), from its likely script. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  try {
    const { script } = new Intl.Locale(language).maximize();
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/**
 * The one way an element gets its texts: an i18next instance of its own (two surveys on a page may speak two
 * languages), English built in as the fallback, other languages downloaded once when first wanted, and a
 * re-render of the host whenever the language or the texts change.
 */
export class I18nController<M extends object = Messages> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #i18n: i18n;
  readonly #load: () => LoadLocale<M>;
  readonly #loads = new Map<string, Promise<void>>();
  /** Each language's built-in texts, as loaded: what a text no longer overridden goes back to. */
  readonly #builtIn = new Map<string, object>();
  /** The languages whose texts are overridden now. */
  #overridden = new Set<string>();
  #settled: Promise<void> = Promise.resolve();

  /**
   * `load` is asked for at each download, so that the host may change where the texts come from. `english` is
   * built in: the fallback of every text (the widget's by default; the dashboard brings its own).
   */
  constructor(host: ReactiveControllerHost, load: () => LoadLocale<M>, english: M = en as M) {
    this.#host = host;
    this.#load = load;
    this.#builtIn.set('en', english);
    host.addController(this);
    this.#i18n = i18next.createInstance().use(numbersInTheirLanguage);
    void this.#i18n.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: english } },
      // Lit renders text, never HTML: escaping here would show `&amp;` for a brand with `&`.
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
    });
  }

  hostConnected(): void {}

  get language(): string {
    return this.#i18n.language;
  }

  /** The direction the language is written in, for `dir`. */
  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.#i18n.language);
  }

  /** Resolves once the language last asked for is loaded and in use. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /**
   * Starts downloading a language's texts, if the widget speaks it and they are not here yet. A download that
   * fails leaves that language in English (said once on the console), never a broken survey.
   */
  preload(language: string): Promise<void> {
    if (language === 'en' || !isLanguage(language)) return Promise.resolve();
    let loading = this.#loads.get(language);
    if (!loading) {
      loading = this.#load()(language).then(
        // Not overwriting: the survey's own wording, added before, wins over the built-in texts.
        (messages) => {
          this.#builtIn.set(language, messages);
          this.#i18n.addResourceBundle(language, 'translation', messages, true, false);
        },
        (error: Error) => console.warn(`nps: texts in ${language} unavailable (${error.message})`),
      );
      this.#loads.set(language, loading);
    }
    return loading;
  }

  setLanguage(language: string): Promise<void> {
    const settled = this.preload(language).then(async () => {
      // A later choice, made while this one downloaded, wins.
      if (this.#settled !== settled) return;
      if (language !== this.#i18n.language) await this.#i18n.changeLanguage(language);
      this.#host.requestUpdate();
    });
    this.#settled = settled;
    return settled;
  }

  /**
   * Replaces built-in texts, e.g. a survey's own wording of the question in one language; a text overridden before
   * and not now is the built-in one again (a preview whose override was cleared).
   */
  override(overrides: Overrides<M>): void {
    for (const language of new Set([...this.#overridden, ...Object.keys(overrides)])) {
      const defined = Object.fromEntries(
        Object.entries(overrides[language] ?? {}).filter(([, text]) => text),
      );
      this.#i18n.removeResourceBundle(language, 'translation');
      this.#i18n.addResourceBundle(
        language,
        'translation',
        { ...this.#builtIn.get(language), ...defined },
        true,
        true,
      );
    }
    this.#overridden = new Set(Object.keys(overrides));
    this.#host.requestUpdate();
  }

  t(key: MessageKey<M>, options: Record<string, string | number> = {}): string {
    // The key is checked against this controller's messages above; i18next's own key types know only strings.
    return this.#i18n.t(key as string, options);
  }

  /** A number in the visitor's language (digits and separators differ). */
  number(value: number): string {
    return formatNumber(value, this.#i18n.language);
  }

  /** A whole percentage of 0-100 in the language's way ("45 %", "%45"). */
  percent(value: number): string {
    return formatNumber(value / 100, this.#i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  }
}

/**
 * An element's language, once its texts are in it: on the element (`lang`, `dir`) and, for the element that is the
 * page (`/dashboard`, `/console`), on the document, with the page's title in that language.
 */
export function applyLanguage(
  host: HTMLElement & { language: string; page: boolean },
  applied: Promise<void>,
  direction: () => 'ltr' | 'rtl',
  title: () => string,
): void {
  host.lang = host.language;
  host.dir = directionOf(host.language);
  void applied.then(() => {
    if (!host.page) return;
    document.documentElement.lang = host.language;
    document.documentElement.dir = direction();
    document.title = title();
  });
}
