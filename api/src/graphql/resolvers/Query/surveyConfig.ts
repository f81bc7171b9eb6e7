import type { WidgetTextKey } from '@nps/schema/types';
import { BadUserInputError } from '../../../errors.ts';
import { CUSTOMER_HASH } from '../../../ingest/customer-contacts.ts';
import { WIDGET_TEXT_PLACEHOLDERS } from '../../../models/survey-text.ts';
import { publicConfig } from '../../../surveys/public-config.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

// The SDL's list of texts and the model's are one: a key added on one side only fails to compile, here or below.
const _everyKeyValidated: Record<WidgetTextKey, readonly string[]> = WIDGET_TEXT_PLACEHOLDERS;

/** Public: what the widget shows, without the origins, counts or tokens. Cached by browsers for a minute. */
export const surveyConfig: NonNullable<QueryResolvers['surveyConfig']> = async (
  _parent,
  { siteKey, customer },
  { request, services, publicCache },
  info,
) => {
  await services.rateLimits.consume(request.ip, siteKey);
  if (customer !== null && customer !== undefined && !CUSTOMER_HASH.test(customer)) {
    throw new BadUserInputError(
      'customer must be a SHA-256 hash in hex (64 characters 0-9, a-f).',
      'customer',
    );
  }
  const survey = await services.surveys.forPublicRequest(siteKey, request.origin);
  if (request.origin) services.surveys.seenOn(survey, request.origin);
  // Per customer, the answer is theirs alone: not for shared caches.
  if (!customer) publicCache.set(info.path.key as string, 60);
  return {
    ...publicConfig(survey),
    customerAnsweredRecently: customer
      ? await services.customerContacts.answeredWithin(survey._id, customer, survey.recontactDays)
      : false,
  };
};
