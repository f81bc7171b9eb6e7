import { THEMES, type Theme } from '../../../themes/lexicon.ts';
import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

const isBuiltIn = (theme: string): theme is Theme => (THEMES as readonly string[]).includes(theme);

/** Each correction of a built-in theme with who made it by name, as the audit log names them. */
export const themeCorrections: NonNullable<ResponseResolvers['themeCorrections']> = async (
  response,
  _args,
  { services },
) => {
  const corrections = (response.toObject().themeCorrections ?? []).flatMap(({ theme, present, by, at }) =>
    isBuiltIn(theme) ? [{ theme, present, by, at }] : [],
  );
  if (!corrections.length) return [];
  const names = await services.audit.namesOf(corrections.map((correction) => correction.by));
  return corrections.map((correction) => ({ ...correction, by: names.get(correction.by) ?? correction.by }));
};
