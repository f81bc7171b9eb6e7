/**
 * Numbers, dates and names in a language through `Intl` where the browser has that language's data, and through
 * data of our own where it does not: Chromium's ICU has no Macedonian dates, units or names, and answers in American
 * English ("Nov 26, 2026", "2,000", "Greece") inside Macedonian text. Our own data is Unicode CLDR's, as a full ICU
 * gives it, for the product's six languages and seven markets.
 */

/** How each language writes numbers: CLDR's separators and percent pattern. */
const NUMBERS: Record<string, { group: string; decimal: string; percent: (number: string) => string }> = {
  en: { group: ',', decimal: '.', percent: (n) => `${n}%` },
  id: { group: '.', decimal: ',', percent: (n) => `${n}%` },
  mk: { group: '.', decimal: ',', percent: (n) => `${n}\u00a0%` },
  ro: { group: '.', decimal: ',', percent: (n) => `${n}\u00a0%` },
  el: { group: '.', decimal: ',', percent: (n) => `${n}%` },
  tr: { group: '.', decimal: ',', percent: (n) => `%${n}` },
};

/**
 * The product's languages and markets named in each of its languages (CLDR), Macedonian with "САД", as Macedonian
 * products say. Greek names Macedonian "Σλαβομακεδονικά", as CLDR and Greek usage do.
 */
const NAMES: Record<string, Record<string, string>> = {
  en: {
    en: 'English',
    id: 'Indonesian',
    mk: 'Macedonian',
    ro: 'Romanian',
    el: 'Greek',
    tr: 'Turkish',
    ID: 'Indonesia',
    MK: 'North Macedonia',
    RO: 'Romania',
    GR: 'Greece',
    CY: 'Cyprus',
    TR: 'Türkiye',
    US: 'United States',
  },
  // Indonesian names a language and its country alike ("Yunani"): "Bahasa" tells "Bahasa Yunani, Yunani" apart.
  id: {
    en: 'Bahasa Inggris',
    id: 'Bahasa Indonesia',
    mk: 'Bahasa Makedonia',
    ro: 'Bahasa Rumania',
    el: 'Bahasa Yunani',
    tr: 'Bahasa Turki',
    ID: 'Indonesia',
    MK: 'Makedonia Utara',
    RO: 'Rumania',
    GR: 'Yunani',
    CY: 'Siprus',
    TR: 'Turki',
    US: 'Amerika Serikat',
  },
  mk: {
    en: 'англиски',
    id: 'индонезиски',
    mk: 'македонски',
    ro: 'романски',
    el: 'грчки',
    tr: 'турски',
    ID: 'Индонезија',
    MK: 'Северна Македонија',
    RO: 'Романија',
    GR: 'Грција',
    CY: 'Кипар',
    TR: 'Турција',
    US: 'САД',
  },
  ro: {
    en: 'engleză',
    id: 'indoneziană',
    mk: 'macedoneană',
    ro: 'română',
    el: 'greacă',
    tr: 'turcă',
    ID: 'Indonezia',
    MK: 'Macedonia de Nord',
    RO: 'România',
    GR: 'Grecia',
    CY: 'Cipru',
    TR: 'Turcia',
    US: 'Statele Unite ale Americii',
  },
  el: {
    en: 'Αγγλικά',
    id: 'Ινδονησιακά',
    mk: 'Σλαβομακεδονικά',
    ro: 'Ρουμανικά',
    el: 'Ελληνικά',
    tr: 'Τουρκικά',
    ID: 'Ινδονησία',
    MK: 'Βόρεια Μακεδονία',
    RO: 'Ρουμανία',
    GR: 'Ελλάδα',
    CY: 'Κύπρος',
    TR: 'Τουρκία',
    US: 'Ηνωμένες Πολιτείες',
  },
  tr: {
    en: 'İngilizce',
    id: 'Endonezce',
    mk: 'Makedonca',
    ro: 'Rumence',
    el: 'Yunanca',
    tr: 'Türkçe',
    ID: 'Endonezya',
    MK: 'Kuzey Makedonya',
    RO: 'Romanya',
    GR: 'Yunanistan',
    CY: 'Kıbrıs',
    TR: 'Türkiye',
    US: 'Amerika Birleşik Devletleri',
  },
};

const baseOf = (language: string) => language.split('-')[0]?.toLowerCase() ?? language;
const speaks = new Map<string, boolean>();

/** Whether the browser's `Intl` has `language`'s data, rather than answering in another language. */
export function intlSpeaks(language: string): boolean {
  let known = speaks.get(language);
  if (known === undefined) {
    const base = baseOf(language);
    try {
      known = [
        new Intl.NumberFormat(language),
        new Intl.DateTimeFormat(language),
        new Intl.DisplayNames(language, { type: 'region' }),
      ].every((format) => baseOf(format.resolvedOptions().locale) === base);
    } catch {
      known = false;
    }
    speaks.set(language, known);
  }
  return known;
}

/** A number as `language` writes it (digits grouped, decimal mark, percent sign where it goes). */
export function formatNumber(
  value: number,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (intlSpeaks(language)) return new Intl.NumberFormat(language, options).format(value);
  const own = NUMBERS[baseOf(language)] ?? NUMBERS['en'];
  const percent = options.style === 'percent';
  const english = new Intl.NumberFormat('en', {
    ...options,
    style: percent ? 'decimal' : options.style,
  }).format(percent ? value * 100 : value);
  const written = english.replace(/[,.]/g, (mark) => (mark === ',' ? own?.group : own?.decimal) ?? mark);
  return percent && own ? own.percent(written) : written;
}

/**
 * A date (and time) as `language` writes it; where the browser lacks the language, day.month.year and a 24-hour
 * time, which the product's languages all read.
 */
export function formatDate(
  value: Date | string,
  language: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = new Date(value);
  if (intlSpeaks(language)) return new Intl.DateTimeFormat(language, options).format(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  const utc = options.timeZone === 'UTC';
  const [day, month, year, hours, minutes] = utc
    ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear(), date.getUTCHours(), date.getUTCMinutes()]
    : [date.getDate(), date.getMonth(), date.getFullYear(), date.getHours(), date.getMinutes()];
  const wants = (part: 'day' | 'month' | 'year') => Boolean(options.dateStyle || options[part]);
  const parts = [wants('day') && pad(day), wants('month') && pad(month + 1), wants('year') && String(year)];
  const written = parts.filter(Boolean).join('.') + (wants('day') && !wants('year') ? '.' : '');
  const time = options.timeStyle || options.hour ? `${pad(hours)}:${pad(minutes)}` : '';
  return [written, time].filter(Boolean).join(', ');
}

/**
 * The name of a language or market (`el`, `GR`) in `language`: ours for the product's own, else the browser's where
 * it has the language, else the code. A language's name starts with a capital, as it does at the start of a cell or
 * a line (Romanian and Macedonian write them in lower case otherwise).
 */
export function displayName(code: string, kind: 'language' | 'market', language: string): string {
  const base = baseOf(language);
  let name = NAMES[base]?.[kind === 'language' ? code.toLowerCase() : code.toUpperCase()];
  if (!name && intlSpeaks(language)) {
    try {
      name = new Intl.DisplayNames([language], { type: kind === 'language' ? 'language' : 'region' }).of(
        code,
      );
    } catch {
      name = undefined;
    }
  }
  name ??= code;
  return kind === 'language' ? name.charAt(0).toLocaleUpperCase(base) + name.slice(1) : name;
}
