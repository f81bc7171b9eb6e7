import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

/** Public: what the widget shows, without the origins, counts or tokens. Cached by browsers for a minute. */
export const surveyConfig: NonNullable<QueryResolvers['surveyConfig']> = async (
  _parent,
  { siteKey },
  { request, services, publicCache },
  info,
) => {
  await services.rateLimits.consume(request.ip, siteKey);
  const survey = await services.surveys.forPublicRequest(siteKey, request.origin);
  publicCache.set(info.path.key as string, 60);
  return {
    siteKey: survey.siteKey,
    brand: survey.brand,
    languages: survey.languages,
    defaultLanguage: survey.defaultLanguage,
    markets: survey.markets,
    questionOverrides: survey.questionOverrides,
    recontactDays: survey.recontactDays,
    sampleRate: survey.sampleRate,
    active: survey.active,
  };
};
