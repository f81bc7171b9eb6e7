import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

/** Each correction with who made it by name, as the audit log names them. */
export const themeCorrections: NonNullable<ResponseResolvers['themeCorrections']> = async (
  response,
  _args,
  { services },
) => {
  const corrections = response.toObject().themeCorrections ?? [];
  if (!corrections.length) return [];
  const names = await services.audit.namesOf(corrections.map((correction) => correction.by));
  return corrections.map((correction) => ({ ...correction, by: names.get(correction.by) ?? correction.by }));
};
