import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Computed when asked, with the survey's own cues as they are now: what a reclassification would use. */
export const themeMatches: NonNullable<ResponseResolvers['themeMatches']> = async (
  response,
  _args,
  { services },
) =>
  services.themes.explain(response, await services.surveys.reportSettings(String(response.survey))).builtIn;
