export interface DetectionInput {
  /** `data-lang` / the element's `lang` attribute. */
  readonly attribute?: string | null | undefined;
  /** The page's `<html lang>`. */
  readonly pageLanguage?: string | null | undefined;
  /** The browser's preferences, most wanted first. */
  readonly browserLanguages?: readonly string[];
  /** The languages the survey is given in; the first found in the order above wins. */
  readonly available: readonly string[];
  readonly defaultLanguage?: string | null | undefined;
}

export interface Detected {
  readonly language: string;
  /** The region of the tag that matched (`el-CY` → `CY`): the market, when none was given. */
  readonly region: string | undefined;
}

function parse(tag: string): { base: string; region: string | undefined } {
  const [base = '', ...rest] = tag.trim().split(/[-_]/);
  return { base: base.toLowerCase(), region: rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase() };
}

/**
 * The visitor's language: the attribute, the page's language, the browser's, the survey's default, English;
 * regional tags count as their base language (`el-CY` is `el`).
 */
export function detectLanguage(input: DetectionInput): Detected {
  const candidates = [input.attribute, input.pageLanguage, ...(input.browserLanguages ?? [])];
  for (const tag of candidates) {
    if (!tag) continue;
    const { base, region } = parse(tag);
    if (input.available.includes(base)) return { language: base, region };
  }
  const fallback =
    input.defaultLanguage && input.available.includes(input.defaultLanguage) ? input.defaultLanguage : 'en';
  return { language: fallback, region: undefined };
}
