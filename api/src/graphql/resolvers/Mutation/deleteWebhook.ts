import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const deleteWebhook: NonNullable<MutationResolvers['deleteWebhook']> = async (
  _parent,
  { id },
  context,
) => context.services.webhooks.remove(await accessibleWebhook(id, context, 'deleteWebhook'));
