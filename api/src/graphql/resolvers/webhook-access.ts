import { authorize, type Operation, requireSignedIn } from '../../auth/auth.ts';
import type { Context } from '../context.ts';

/** A subscription the caller may manage: one of a survey whose webhooks its role or token manages. */
export async function accessibleWebhook(id: string, { auth, services }: Context, operation: Operation) {
  // Who asks, first: an anonymous request learns nothing, not even whether the subscription exists.
  requireSignedIn(auth);
  const webhook = await services.webhooks.get(id);
  authorize(auth, operation, String(webhook.survey));
  return webhook;
}
