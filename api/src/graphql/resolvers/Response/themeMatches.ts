import { classify, THEMES, type Theme } from '../../../themes/classifier.ts';
import { topicsFor } from '../../../themes/custom-themes.ts';
import { modelFor } from '../../../themes/model.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

const isBuiltIn = (theme: string): theme is Theme => (THEMES as readonly string[]).includes(theme);

/**
 * Computed when asked, with the survey's own cues for the built-in themes as they are now: the explanation follows
 * the current lexicons, which is what a reclassification would use.
 */
export const themeMatches: NonNullable<ResponseResolvers['themeMatches']> = async (
  response,
  _args,
  { services },
) => {
  const { comment, language, category } = response;
  if (!comment) return [];
  const { themeCues } = await services.surveys.reportSettings(String(response.survey));
  const topics = topicsFor({ themeCues }, language);
  return classify(comment, language, category, modelFor(language), topics).matches.flatMap((match) =>
    isBuiltIn(match.theme) ? [{ ...match, theme: match.theme }] : [],
  );
};
