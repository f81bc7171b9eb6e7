import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const rotateWebhookSecret: NonNullable<MutationResolvers['rotateWebhookSecret']> = async (
  _parent,
  { id, overlapHours },
  context,
) =>
  context.services.webhooks.rotate(
    await accessibleWebhook(id, context, 'rotateWebhookSecret'),
    overlapHours ?? undefined,
  );
