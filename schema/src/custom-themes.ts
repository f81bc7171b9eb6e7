/**
 * The rules of a survey's own comment themes (`Survey.customThemes`), beside the contract so that the console checks
 * a theme as the API will, as it is typed.
 */
export const CUSTOM_THEME_LIMITS = {
  /** Themes per survey, besides the built-in five. */
  themes: 10,
  /** Characters of a theme's name in one language. */
  name: 40,
  /** Cue words or phrases per language. */
  cues: 30,
  /** Characters of one cue. */
  cue: 60,
} as const;

/** A theme's code: a capital letter, then 1 to 23 capital letters, digits or `_` (`APP`, `CHECKOUT`, `PARKING_2`). */
export const CUSTOM_THEME_CODE = /^[A-Z][A-Z0-9_]{1,23}$/;

/** The built-in themes' names (and `OTHER`): no code of a survey's own theme may take one. */
export const BUILT_IN_THEMES = ['PRICE', 'QUALITY', 'STAFF', 'DELIVERY', 'SUPPORT', 'OTHER'] as const;

export interface CustomThemeTextShape {
  readonly language: string;
  readonly name: string;
  readonly cues: readonly string[];
}

export interface CustomThemeShape {
  readonly code: string;
  readonly texts: readonly CustomThemeTextShape[];
}

/**
 * What is wrong with a survey's own themes, in words an owner can act on (the field first), or undefined. `languages`
 * are the survey's; the first is its default, in which every theme needs a name.
 */
export function customThemesProblem(
  themes: readonly CustomThemeShape[],
  languages: readonly string[],
  defaultLanguage: string,
): string | undefined {
  if (themes.length > CUSTOM_THEME_LIMITS.themes) {
    return `a survey has at most ${CUSTOM_THEME_LIMITS.themes} themes of its own (${themes.length} given)`;
  }
  const codes = new Set<string>();
  for (const { code, texts } of themes) {
    if (!CUSTOM_THEME_CODE.test(code)) {
      return `code "${code.slice(0, 40)}" must be 2 to 24 capital letters, digits or _, starting with a letter (such as APP)`;
    }
    if ((BUILT_IN_THEMES as readonly string[]).includes(code)) return `code ${code} is a built-in theme's`;
    if (codes.has(code)) return `code ${code} is given twice`;
    codes.add(code);
    const seen = new Set<string>();
    for (const { language, name, cues } of texts) {
      if (!languages.includes(language)) return `${code}: ${language} is not one of the survey's languages`;
      if (seen.has(language)) return `${code}: ${language} is given twice`;
      seen.add(language);
      const trimmed = name.trim();
      if (!trimmed || trimmed.length > CUSTOM_THEME_LIMITS.name) {
        return `${code}: its ${language} name must be 1 to ${CUSTOM_THEME_LIMITS.name} characters`;
      }
      if (cues.length > CUSTOM_THEME_LIMITS.cues) {
        return `${code}: at most ${CUSTOM_THEME_LIMITS.cues} cues in ${language} (${cues.length} given)`;
      }
      const bad = cues.find((cue) => !cue.trim() || cue.trim().length > CUSTOM_THEME_LIMITS.cue);
      if (bad !== undefined) {
        return `${code}: each ${language} cue must be 1 to ${CUSTOM_THEME_LIMITS.cue} characters ("${bad.slice(0, 40)}")`;
      }
      const words = cues.flatMap((cue) => cue.trim().split(/\s+/));
      if (words.some((word) => word.indexOf('*') !== -1 && (!word.endsWith('*') || word.length < 4))) {
        return `${code}: in ${language}, * may only end a word of 3 letters or more ("price*")`;
      }
    }
    if (!seen.has(defaultLanguage))
      return `${code}: it needs a name in ${defaultLanguage}, the survey's default language`;
  }
  return undefined;
}
