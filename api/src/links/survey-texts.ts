import { LOCALES } from '@nps/widget/survey-texts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { widgetTexts } from '../surveys/public-config.ts';

type TextKey = keyof (typeof LOCALES)['en'];

/** Fills `{{name}}` placeholders; the values are plain text, escaped by whoever writes them into HTML. */
function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The survey's texts in one language, as the widget shows them: the owner's own wording where they gave one, else
 * the built-in text of that language, with the brand filled in.
 */
export function surveyTexts(survey: SurveyDoc, language: string) {
  const own = new Map(
    widgetTexts(survey)
      .filter((text) => text.language === language)
      .map((text) => [text.key, text.text]),
  );
  const builtIn = LOCALES[language as keyof typeof LOCALES] ?? LOCALES.en;
  return (key: TextKey, values: Readonly<Record<string, string | number>> = {}): string =>
    fill(own.get(key) ?? builtIn[key], { brand: survey.brand, ...values });
}

export type SurveyTexts = ReturnType<typeof surveyTexts>;
