import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A subscription's signing secret as Standard Webhooks writes them: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Signers by secret: one is made per secret, not per delivery (it decodes the secret). */
const signers = new Map<string, Webhook>();

function signer(secret: string): Webhook {
  let made = signers.get(secret);
  if (!made) {
    if (signers.size >= 1_000) signers.clear();
    made = new Webhook(secret);
    signers.set(secret, made);
  }
  return made;
}

/**
 * The Standard Webhooks headers of one delivery: its id (the event's, the same on every attempt), the time of this
 * attempt, and a signature per secret in use (the current one, and the previous one while a rotation overlaps), so
 * that a receiver holding either verifies it.
 */
export function signedHeaders(
  eventId: string,
  at: Date,
  payload: string,
  secrets: readonly string[],
): Record<string, string> {
  const signatures = secrets.map((secret) => signer(secret).sign(eventId, at, payload));
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
