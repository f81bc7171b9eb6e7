import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Its slots, named by the survey's themes now (a theme taken away since is no longer named). */
export const customThemes: NonNullable<ResponseResolvers['customThemes']> = async (
  response,
  _args,
  { services },
) => {
  const { customThemes } = await services.surveys.reportSettings(String(response.survey));
  return customThemes.filter(({ slot }) => response.themes.includes(slot as never)).map(({ code }) => code);
};
