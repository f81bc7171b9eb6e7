import type { ResponseResolvers } from '../../__generated__/resolvers-types.ts';

export const surveyId: NonNullable<ResponseResolvers['surveyId']> = (response) => String(response.survey);
