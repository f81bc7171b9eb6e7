import type { WebhookResolvers } from '../../__generated__/resolvers-types.ts';

/** Each part of the filter as stored: left out (null) means every one. */
export const filter: NonNullable<WebhookResolvers['filter']> = (webhook) => ({
  categories: webhook.filter?.categories?.length ? webhook.filter.categories : null,
  languages: webhook.filter?.languages?.length ? webhook.filter.languages : null,
  markets: webhook.filter?.markets?.length ? webhook.filter.markets : null,
});
