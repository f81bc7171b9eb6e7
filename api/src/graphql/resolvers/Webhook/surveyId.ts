import type { WebhookResolvers } from '../../__generated__/resolvers-types.ts';

export const surveyId: NonNullable<WebhookResolvers['surveyId']> = (webhook) => String(webhook.survey);
