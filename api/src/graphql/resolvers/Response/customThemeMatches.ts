import { classify } from '../../../themes/classifier.ts';
import { topicsFor } from '../../../themes/custom-themes.ts';
import { modelFor } from '../../../themes/model.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Computed when asked, with the survey's themes as they are now. */
export const customThemeMatches: NonNullable<ResponseResolvers['customThemeMatches']> = async (
  response,
  _args,
  { services },
) => {
  const { language, comment, category } = response;
  const settings = await services.surveys.reportSettings(String(response.survey));
  const topics = comment ? topicsFor({ customThemes: settings.customThemes }, language) : undefined;
  if (!topics) return [];
  const code = new Map<string, string>(settings.customThemes.map((theme) => [theme.slot, theme.code]));
  return classify(comment, language, category, modelFor(language), topics).matches.flatMap((match) => {
    const named = match.source === 'SURVEY' && code.get(match.theme);
    return named
      ? [
          {
            code: named,
            start: match.start,
            end: match.end,
            polarity: match.polarity,
            counted: match.counted,
          },
        ]
      : [];
  });
};
