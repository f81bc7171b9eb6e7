import type { ReadTokenResolvers } from '../../__generated__/resolvers-types.ts';

export const surveyId: NonNullable<ReadTokenResolvers['surveyId']> = (token) => String(token.survey);
