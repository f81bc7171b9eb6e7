import { classify } from '../../../themes/classifier.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Computed when asked: the explanation follows the current lexicons, which is what a reclassification would use. */
export const themeMatches: NonNullable<ResponseResolvers['themeMatches']> = (response) =>
  classify(response.comment, response.language, response.category).matches;
