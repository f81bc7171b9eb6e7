import type { Survey, SurveyDoc } from '../models/survey.model.ts';
import type { StoredSurveyText } from '../models/survey-text.ts';

const QUESTION_KEYS = {
  question: 'question',
  detractorFollowUp: 'followUpDetractor',
  passiveFollowUp: 'followUpPassive',
  promoterFollowUp: 'followUpPromoter',
} as const;

/**
 * Every text the survey words its own way, for the widget: its `texts`, and the wording of the questions set
 * through the older `questionOverrides` where `texts` does not give it.
 */
export function widgetTexts(survey: Pick<Survey, 'texts' | 'questionOverrides'>): StoredSurveyText[] {
  const texts = (survey.texts as StoredSurveyText[]).map(({ language, key, text }) => ({
    language,
    key,
    text,
  }));
  const given = new Set(texts.map((t) => `${t.language}:${t.key}`));
  for (const override of survey.questionOverrides) {
    for (const [field, key] of Object.entries(QUESTION_KEYS)) {
      const text = override[field as keyof typeof QUESTION_KEYS];
      if (text && !given.has(`${override.language}:${key}`))
        texts.push({ language: override.language, key, text });
    }
  }
  return texts;
}

/** What the widget is told of a survey (`SurveyConfig`, but whether the visitor answered lately). */
export function publicConfig(survey: SurveyDoc) {
  return {
    siteKey: survey.siteKey,
    brand: survey.brand,
    languages: survey.languages,
    defaultLanguage: survey.defaultLanguage,
    markets: survey.markets,
    questionOverrides: survey.questionOverrides,
    texts: widgetTexts(survey),
    recontactDays: survey.recontactDays,
    sampleRate: survey.sampleRate,
    delaySeconds: survey.delaySeconds,
    active: survey.active,
  };
}
