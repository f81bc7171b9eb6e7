import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Computed when asked, with the survey's themes as they are now. */
export const customThemeMatches: NonNullable<ResponseResolvers['customThemeMatches']> = async (
  response,
  _args,
  { services },
) => services.themes.explain(response, await services.surveys.reportSettings(String(response.survey))).custom;
