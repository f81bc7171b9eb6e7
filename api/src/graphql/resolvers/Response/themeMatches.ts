import { classify, THEMES, type Theme } from '../../../themes/classifier.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

const isBuiltIn = (theme: string): theme is Theme => (THEMES as readonly string[]).includes(theme);

/** Computed when asked: the explanation follows the current lexicons, which is what a reclassification would use. */
export const themeMatches: NonNullable<ResponseResolvers['themeMatches']> = (response) =>
  classify(response.comment, response.language, response.category).matches.flatMap((match) =>
    isBuiltIn(match.theme) && match.source !== 'SURVEY'
      ? [{ ...match, theme: match.theme, source: match.source }]
      : [],
  );
