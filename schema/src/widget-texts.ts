/**
 * The widget's texts a survey may word its own way, each with the placeholders its English source uses: a text
 * may use those and no others (a `{{comment}}` would show as typed, or nothing). Plural texts are listed per
 * plural form; which forms a language uses is Unicode's (`Intl.PluralRules`).
 */
export const WIDGET_TEXT_PLACEHOLDERS = {
  surveyLabel: [],
  question: ['brand'],
  scaleLow: [],
  scaleHigh: [],
  scoreLabel: ['score'],
  followUpDetractor: ['brand'],
  followUpPassive: ['brand'],
  followUpPromoter: ['brand'],
  commentPlaceholder: [],
  charactersLeft_zero: ['count'],
  charactersLeft_one: ['count'],
  charactersLeft_two: ['count'],
  charactersLeft_few: ['count'],
  charactersLeft_many: ['count'],
  charactersLeft_other: ['count'],
  send: [],
  skip: [],
  thanks: [],
  savedOffline: [],
  close: [],
  language: [],
} as const satisfies Record<string, readonly string[]>;

export type WidgetTextKey = keyof typeof WIDGET_TEXT_PLACEHOLDERS;

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

/**
 * Placeholders a text means nothing without: the score a screen reader announces, the number of characters left
 * (a language's `one`, `two` or `zero` form may say the number in words).
 */
const REQUIRED: Partial<Record<WidgetTextKey, string>> = {
  scoreLabel: 'score',
  charactersLeft_few: 'count',
  charactersLeft_many: 'count',
  charactersLeft_other: 'count',
};

/** What is wrong with a survey's wording of a text, for a message in any language. */
export type WidgetTextIssue =
  | { readonly kind: 'unknownKey' }
  | { readonly kind: 'pluralForm'; readonly form: string; readonly forms: readonly string[] }
  | { readonly kind: 'reference' }
  | { readonly kind: 'unclosed' }
  | { readonly kind: 'missing'; readonly placeholder: string }
  | {
      readonly kind: 'unknownPlaceholder';
      readonly placeholder: string;
      readonly allowed: readonly string[];
    };

/** The plural forms a language uses (Unicode CLDR, through `Intl.PluralRules`), in CLDR's order. */
export function pluralForms(language: string): readonly string[] {
  const used: readonly string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return ['zero', 'one', 'two', 'few', 'many', 'other'].filter((form) => used.includes(form));
}

/** Why `text` cannot be the survey's wording of `key` in `language`; undefined when it can. */
export function widgetTextIssue(language: string, key: string, text: string): WidgetTextIssue | undefined {
  if (!Object.hasOwn(WIDGET_TEXT_PLACEHOLDERS, key)) return { kind: 'unknownKey' };
  const form = PLURAL_FORM.exec(key)?.[1];
  if (form && form !== 'other') {
    const forms = pluralForms(language);
    if (!forms.includes(form)) return { kind: 'pluralForm', form, forms };
  }
  // i18next would read `$t(...)` as a reference to another text.
  if (text.includes('$t(')) return { kind: 'reference' };
  const allowed: readonly string[] = WIDGET_TEXT_PLACEHOLDERS[key as WidgetTextKey];
  const used = [...text.matchAll(/\{\{([^}]*)\}\}/g)].map(([, name]) => name?.split(',')[0]?.trim() ?? '');
  if (text.split('{{').length !== used.length + 1 || text.split('}}').length !== used.length + 1) {
    return { kind: 'unclosed' };
  }
  const unknown = used.find((name) => !allowed.includes(name));
  if (unknown !== undefined) return { kind: 'unknownPlaceholder', placeholder: unknown, allowed };
  const required = REQUIRED[key as WidgetTextKey];
  if (required && !used.includes(required)) return { kind: 'missing', placeholder: required };
  return undefined;
}

/** `widgetTextIssue` in English, as the API reports it. */
export function widgetTextProblem(language: string, key: string, text: string): string | undefined {
  const issue = widgetTextIssue(language, key, text);
  switch (issue?.kind) {
    case undefined:
      return undefined;
    case 'unknownKey':
      return `${key} is not a text of the widget`;
    case 'pluralForm':
      return `${key}: "${language}" has no plural form "${issue.form}" (it uses ${issue.forms.join(', ')})`;
    case 'reference':
      return `${key}: "$t(" is not allowed in a text`;
    case 'unclosed':
      return `${key}: a placeholder is not closed as {{name}}`;
    case 'missing':
      return `${key}: {{${issue.placeholder}}} is missing (the text must say it)`;
    case 'unknownPlaceholder':
      return `${key}: {{${issue.placeholder}}} is not a placeholder of this text (${
        issue.allowed.length ? issue.allowed.map((a) => `{{${a}}}`).join(', ') : 'it has none'
      })`;
  }
}
