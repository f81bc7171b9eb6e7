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

/** Why `text` cannot be the survey's wording of `key` in `language`; undefined when it can. */
export function widgetTextProblem(language: string, key: string, text: string): string | undefined {
  if (!Object.hasOwn(WIDGET_TEXT_PLACEHOLDERS, key)) return `${key} is not a text of the widget`;
  const form = PLURAL_FORM.exec(key)?.[1];
  if (form && form !== 'other') {
    const forms: readonly string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    if (!forms.includes(form)) {
      return `${key}: "${language}" has no plural form "${form}" (it uses ${forms.join(', ')})`;
    }
  }
  // i18next would read `$t(...)` as a reference to another text.
  if (text.includes('$t(')) return `${key}: "$t(" is not allowed in a text`;
  const allowed: readonly string[] = WIDGET_TEXT_PLACEHOLDERS[key as WidgetTextKey];
  const used = [...text.matchAll(/\{\{([^}]*)\}\}/g)];
  if (text.split('{{').length !== used.length + 1 || text.split('}}').length !== used.length + 1) {
    return `${key}: a placeholder is not closed as {{name}}`;
  }
  const required = REQUIRED[key as WidgetTextKey];
  if (required && !used.some(([, name]) => name?.split(',')[0]?.trim() === required)) {
    return `${key}: {{${required}}} is missing (the text must say it)`;
  }
  for (const [, name] of used) {
    const variable = (name ?? '').split(',')[0]?.trim() ?? '';
    if (!allowed.includes(variable)) {
      return `${key}: {{${variable}}} is not a placeholder of this text (${
        allowed.length ? allowed.map((a) => `{{${a}}}`).join(', ') : 'it has none'
      })`;
    }
  }
  return undefined;
}
