import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/**
 * Each correction of one of the survey's own themes, by its code, with who made it by name: only those whose slot
 * still has the theme they were made for (a theme taken away and added again starts without them).
 */
export const customThemeCorrections: NonNullable<ResponseResolvers['customThemeCorrections']> = async (
  response,
  _args,
  { services },
) => {
  const stored = response.toObject().themeCorrections ?? [];
  if (!stored.some(({ code }) => code)) return [];
  const { customThemes } = await services.surveys.reportSettings(String(response.survey));
  const corrections = stored.flatMap(({ theme, code, present, by, at }) =>
    code && customThemes.some((own) => own.slot === theme && own.code === code)
      ? [{ code, present, by, at }]
      : [],
  );
  if (!corrections.length) return [];
  const names = await services.audit.namesOf(corrections.map((correction) => correction.by));
  return corrections.map((correction) => ({ ...correction, by: names.get(correction.by) ?? correction.by }));
};
