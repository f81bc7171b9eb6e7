import { THEMES, type Theme } from '../../../themes/lexicon.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

const isBuiltIn = (theme: string): theme is Theme => (THEMES as readonly string[]).includes(theme);

/** The built-in themes of those counted: the survey's own are `customThemes`. */
export const themes: NonNullable<ResponseResolvers['themes']> = (response) =>
  response.themes.filter(isBuiltIn);
