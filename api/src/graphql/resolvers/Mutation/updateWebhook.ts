import { actor } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const updateWebhook: NonNullable<MutationResolvers['updateWebhook']> = async (
  _parent,
  { id, input },
  context,
) => {
  const webhook = await accessibleWebhook(id, context, 'updateWebhook');
  const survey = String(webhook.survey);
  const updated = await context.services.webhooks.update(
    webhook,
    input,
    await context.services.surveys.get(survey),
  );
  await context.services.audit.record(
    survey,
    actor(context.auth),
    'WEBHOOK_CHANGED',
    Object.keys(input).join(', '),
  );
  return updated;
};
