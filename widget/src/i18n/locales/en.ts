/** English: the source of truth for every key, and the fallback for any text a locale lacks. */
export const en = {
  surveyLabel: 'Customer survey',
  question: 'How likely are you to recommend {{brand}} to a friend or colleague?',
  scaleLow: 'Not at all likely',
  scaleHigh: 'Extremely likely',
  scoreLabel: '{{score}} out of 10',
  followUpDetractor: 'We’re sorry to hear that. What disappointed you most?',
  followUpPassive: 'What would have made your experience better?',
  followUpPromoter: 'Glad to hear it! What do you like most about {{brand}}?',
  commentPlaceholder: 'In your own words (optional)',
  charactersLeft_one: '{{count}} character left',
  charactersLeft_other: '{{count}} characters left',
  send: 'Send',
  skip: 'Skip',
  thanks: 'Thank you for your feedback!',
  savedOffline: 'Your answer is saved and will be sent when you are back online.',
  close: 'Close survey',
  language: 'Language',
};

/**
 * What every locale provides: each English key. Plural keys follow i18next's suffixes (`_one`, `_other`, ...):
 * a language with more plural forms than English adds them (Romanian's `_few`).
 */
export type Messages = Record<keyof typeof en, string> &
  Partial<Record<`charactersLeft_${'zero' | 'two' | 'few' | 'many'}`, string>>;
