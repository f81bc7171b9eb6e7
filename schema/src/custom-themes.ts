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

/** What is wrong with a survey's own themes: `index` is the theme's place in the list. */
export type CustomThemeIssue =
  | { readonly kind: 'tooMany'; readonly index: number }
  | { readonly kind: 'code' | 'builtIn' | 'duplicate'; readonly index: number; readonly code: string }
  | {
      readonly kind:
        | 'language'
        | 'duplicateLanguage'
        | 'name'
        | 'defaultName'
        | 'cueCount'
        | 'cue'
        | 'wildcard';
      readonly index: number;
      readonly code: string;
      readonly language: string;
    };

/** What is wrong with one language's cue words: too many, one too long or empty, a `*` misplaced. */
export function cueIssues(cues: readonly string[]): ('cueCount' | 'cue' | 'wildcard')[] {
  const issues: ('cueCount' | 'cue' | 'wildcard')[] = [];
  if (cues.length > CUSTOM_THEME_LIMITS.cues) issues.push('cueCount');
  if (cues.some((cue) => !cue.trim() || cue.trim().length > CUSTOM_THEME_LIMITS.cue)) issues.push('cue');
  const words = cues.flatMap((cue) => cue.trim().split(/\s+/));
  // A word start must be long enough not to match most words ("a*").
  if (words.some((word) => word.includes('*') && !/^[^*]{3,}\*$/.test(word))) issues.push('wildcard');
  return issues;
}

/** Every issue of one theme's texts in one language. */
function textIssues(index: number, code: string, text: CustomThemeTextShape): CustomThemeIssue[] {
  const { language, name, cues } = text;
  const at = { index, code, language };
  const trimmed = name.trim();
  return [
    ...(!trimmed || trimmed.length > CUSTOM_THEME_LIMITS.name ? [{ kind: 'name' as const, ...at }] : []),
    ...cueIssues(cues).map((kind) => ({ kind, ...at })),
  ];
}

/**
 * Every issue of a survey's own themes, in list order. `languages` are the survey's; `defaultLanguage` is the one in
 * which every theme needs a name.
 */
export function customThemeIssues(
  themes: readonly CustomThemeShape[],
  languages: readonly string[],
  defaultLanguage: string,
): CustomThemeIssue[] {
  const issues: CustomThemeIssue[] = [];
  if (themes.length > CUSTOM_THEME_LIMITS.themes)
    issues.push({ kind: 'tooMany', index: CUSTOM_THEME_LIMITS.themes });
  const codes = new Set<string>();
  themes.forEach(({ code, texts }, index) => {
    if (!CUSTOM_THEME_CODE.test(code)) issues.push({ kind: 'code', index, code });
    else if ((BUILT_IN_THEMES as readonly string[]).includes(code))
      issues.push({ kind: 'builtIn', index, code });
    else if (codes.has(code)) issues.push({ kind: 'duplicate', index, code });
    codes.add(code);
    const seen = new Set<string>();
    for (const text of texts) {
      const { language } = text;
      if (!languages.includes(language)) issues.push({ kind: 'language', index, code, language });
      else if (seen.has(language)) issues.push({ kind: 'duplicateLanguage', index, code, language });
      seen.add(language);
      issues.push(...textIssues(index, code, text));
    }
    if (!seen.has(defaultLanguage))
      issues.push({ kind: 'defaultName', index, code, language: defaultLanguage });
  });
  return issues;
}

/** An issue in words an owner can act on (the API's message). */
export function describeIssue(issue: CustomThemeIssue): string {
  const limits = CUSTOM_THEME_LIMITS;
  switch (issue.kind) {
    case 'tooMany':
      return `a survey has at most ${limits.themes} themes of its own`;
    case 'code':
      return `code "${issue.code.slice(0, 40)}" must be 2 to 24 capital letters, digits or _, starting with a letter (such as APP)`;
    case 'builtIn':
      return `code ${issue.code} is a built-in theme's`;
    case 'duplicate':
      return `code ${issue.code} is given twice`;
    case 'language':
      return `${issue.code}: ${issue.language} is not one of the survey's languages`;
    case 'duplicateLanguage':
      return `${issue.code}: ${issue.language} is given twice`;
    case 'name':
      return `${issue.code}: its ${issue.language} name must be 1 to ${limits.name} characters`;
    case 'defaultName':
      return `${issue.code}: it needs a name in ${issue.language}, the survey's default language`;
    case 'cueCount':
      return `${issue.code}: at most ${limits.cues} cues in ${issue.language}`;
    case 'cue':
      return `${issue.code}: each ${issue.language} cue must be 1 to ${limits.cue} characters`;
    case 'wildcard':
      return `${issue.code}: in ${issue.language}, * may only end a word of 3 letters or more ("price*")`;
  }
}

/** The first issue of a survey's own themes, in words, or undefined. */
export function customThemesProblem(
  themes: readonly CustomThemeShape[],
  languages: readonly string[],
  defaultLanguage: string,
): string | undefined {
  const [first] = customThemeIssues(themes, languages, defaultLanguage);
  return first && describeIssue(first);
}

/** A survey's own cue words for a built-in theme in one language (`Survey.themeCues`). */
export interface ThemeCuesShape {
  readonly theme: string;
  readonly language: string;
  readonly cues: readonly string[];
}

/** The first thing wrong with a survey's own cue words for the built-in themes, in words, or undefined. */
export function themeCuesProblem(
  entries: readonly ThemeCuesShape[],
  languages: readonly string[],
): string | undefined {
  const seen = new Set<string>();
  for (const { theme, language, cues } of entries) {
    if (!languages.includes(language)) return `${theme}: ${language} is not one of the survey's languages`;
    if (seen.has(`${theme}:${language}`)) return `${theme}: ${language} is given twice`;
    seen.add(`${theme}:${language}`);
    const [kind] = cueIssues(cues);
    if (kind) return describeIssue({ kind, index: 0, code: theme, language });
  }
  return undefined;
}
