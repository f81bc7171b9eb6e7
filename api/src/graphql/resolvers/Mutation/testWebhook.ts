import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { accessibleWebhook } from '../webhook-access.ts';

export const testWebhook: NonNullable<MutationResolvers['testWebhook']> = async (_parent, { id }, context) =>
  context.services.webhookDelivery.test(await accessibleWebhook(id, context, 'testWebhook'));
