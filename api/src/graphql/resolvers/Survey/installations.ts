import type { SurveyResolvers } from '../../__generated__/resolvers-types.ts';

export const installations: NonNullable<SurveyResolvers['installations']> = (survey, _args, { services }) =>
  services.surveys.installations(survey);
