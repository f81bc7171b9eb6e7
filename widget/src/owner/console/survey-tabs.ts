import type { ConsoleSurvey } from './api/client.ts';

/** A survey's tabs in the console, in their order. */
export const TABS = ['settings', 'texts', 'themes', 'install', 'links', 'tokens', 'people'] as const;
export type Tab = (typeof TABS)[number];

/** The right each tab needs: what a person's role does not allow, the console does not show. */
const TAB_RIGHTS = {
  settings: 'SETTINGS',
  texts: 'SETTINGS',
  themes: 'SETTINGS',
  install: 'REPORTS',
  links: 'LINKS',
  tokens: 'TOKENS',
  people: 'PEOPLE',
} as const satisfies Record<Tab, ConsoleSurvey['access'][number]>;

/** The tabs a person's rights on the survey show. */
export const tabsOf = (survey: Pick<ConsoleSurvey, 'access'>): Tab[] =>
  TABS.filter((tab) => survey.access.includes(TAB_RIGHTS[tab]));
