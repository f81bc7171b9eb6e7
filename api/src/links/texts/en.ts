/** The hosted survey page's own texts (the survey's are the widget's), English: the source of every key. */
export const en = {
  next: 'Next',
  chooseScore: 'Please choose a score from 0 to 10.',
  emailPrompt: 'Click a number to answer.',
  invalidTitle: 'This link does not work',
  invalidBody:
    'It may have been cut short or changed on its way to you. Nothing was recorded. Please open the link from your message again.',
  expiredTitle: 'This survey link has expired',
  expiredBody: 'Nothing was recorded. Thank you for wanting to answer.',
  closedTitle: 'This survey is closed',
  closedBody: 'It no longer takes answers. Thank you for wanting to answer.',
  failed: 'Your answer could not be recorded. Please try again in a moment.',
};

export type PageMessages = Record<keyof typeof en, string>;
