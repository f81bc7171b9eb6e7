import { UnauthenticatedError } from '../../errors.ts';
import { requireSurveyAccess } from '../../services/auth.ts';
import type { Context } from '../context.ts';

/** A subscription the caller may manage: any for the admin, one of its own survey's for a read token. */
export async function accessibleWebhook(id: string, { auth, services }: Context) {
  // Who asks, first: an anonymous request learns nothing, not even whether the subscription exists.
  if (auth.kind !== 'admin' && auth.kind !== 'survey') throw new UnauthenticatedError();
  const webhook = await services.webhooks.get(id);
  requireSurveyAccess(auth, String(webhook.survey));
  return webhook;
}
