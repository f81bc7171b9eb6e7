import type { Delivery, Parcel, WebhookDelivery } from '../../models/webhook-delivery.model.ts';
import { UnsafeAddressError } from '../address-guard.ts';
import { type EventData, jsonPayload, type WebhookEventKind } from '../events.ts';
import { sendWebhook } from '../send.ts';
import { signedHeaders } from '../signing.ts';
import { slackPayload } from '../slack.ts';
import { prepare } from './claims.ts';
import { pool } from './parcels.ts';
import { type AttemptFlags, type Outcome, record } from './record.ts';
import { type DeliveryState, type ParcelModel, paused, type Subscription } from './state.ts';

/** No send of a parcel is started after this long: the rest wait in a new parcel. */
const BUDGET_MS = 30_000;
/** Requests in flight to one subscription from one instance. */
const PER_RECEIVER = 8;

/**
 * Sends a subscription's claimed parcels: each delivery, `PER_RECEIVER` at a time, until all are sent, one fails
 * (the rest wait for the receiver to be back), or the time is up. A subscription in trouble gets one delivery
 * first, which finds out if it is back, unless `force`. Returns the deliveries as recorded.
 */
export async function attempt(
  d: DeliveryState,
  parcels: readonly Parcel[],
  model: ParcelModel,
  subscription: Subscription | undefined,
  now: Date,
  flags: AttemptFlags = {},
): Promise<WebhookDelivery[]> {
  const deliveries = await prepare(d, parcels);
  const recordAs = (
    outcomes: readonly (Outcome | undefined)[],
    more: AttemptFlags & { until?: Date } = flags,
  ) => record(d, { parcels, model, subscription, deliveries, outcomes, now }, more);
  if (!subscription?.enabled) {
    const gone: Outcome = { kind: 'gone', status: null, error: 'the subscription is deleted or disabled' };
    return recordAs(deliveries.map(() => gone));
  }
  if (!flags.force && paused(subscription, now)) {
    // Paused (by an earlier parcel, perhaps): kept, with their data, for when it resumes.
    return recordAs([], { until: subscription.pausedUntil ?? now });
  }
  const started = Date.now();
  let failed = false;
  const over = () => failed || Date.now() - started > BUDGET_MS;
  const sendOne = async (delivery: Delivery) => {
    const outcome = await send(d, delivery, subscription, now);
    // The rest wait for the receiver to be back (or, after a 410, go with the subscription).
    if (outcome.kind === 'failed' || outcome.status === 410) failed = true;
    return outcome;
  };
  const probing = !flags.force && (subscription.failures ?? 0) > 0;
  const [first, ...rest] = deliveries;
  const outcomes: (Outcome | undefined)[] = probing && first ? [await sendOne(first)] : [];
  if (!probing || outcomes[0]?.kind === 'delivered') {
    outcomes.push(...(await pool(probing ? rest : deliveries, PER_RECEIVER, sendOne, over)));
  }
  return recordAs(outcomes);
}

/** Sends one delivery, signed now; what the receiver's answer (or its silence) comes to. */
async function send(
  d: DeliveryState,
  delivery: Delivery,
  subscription: Subscription,
  now: Date,
): Promise<Outcome> {
  // A follow-up recorded while the announcement was on its way to its parcel (it takes it out of the parcel).
  if (delivery.event === 'DETRACTOR_OVERDUE' && delivery.response) {
    if (await d.models.FollowUpClaim.exists({ _id: delivery.response })) {
      return { kind: 'gone', status: null, error: 'followed up before it was due' };
    }
  }
  const payload = await payloadOf(d, delivery, subscription);
  // Signed at the time it is really sent: receivers check the timestamp against their clock.
  const secrets = d.webhooks.signingSecrets(subscription, now);
  const headers = signedHeaders(delivery.eventId, new Date(), payload, secrets);
  try {
    const { status } = await sendWebhook(subscription.url, payload, headers, {
      allowPrivate: d.allowPrivate,
      ...(d.timeoutMs && { timeoutMs: d.timeoutMs }),
    });
    if (status >= 200 && status < 300) return { kind: 'delivered', status };
    if (status === 410) return { kind: 'gone', status, error: 'HTTP 410: the receiver is gone' };
    return { kind: 'failed', status, error: `HTTP ${status}` };
  } catch (error) {
    if (error instanceof UnsafeAddressError) {
      return { kind: 'failed', status: null, error: `address refused: ${error.message}` };
    }
    const { name, code } = error as { name?: string; code?: string };
    const what = code ?? (name === 'AbortError' || name === 'TimeoutError' ? 'timeout' : (name ?? 'error'));
    return { kind: 'failed', status: null, error: what };
  }
}

/** What is sent: our event, or a Slack message. `data` is there: `prepare` made sure of it. */
async function payloadOf(d: DeliveryState, delivery: Delivery, subscription: Subscription): Promise<string> {
  const kind = delivery.event as WebhookEventKind;
  const data = delivery.data as EventData;
  if (subscription.format !== 'SLACK') return jsonPayload(kind, delivery.at, data);
  const survey = await d.models.Survey.findById(delivery.survey, { brand: 1, defaultLanguage: 1 }).lean();
  return slackPayload(kind, data.response, {
    brand: survey?.brand ?? '',
    language: survey?.defaultLanguage ?? 'en',
    dashboardUrl: d.dashboardUrl,
    overdueHours: subscription.overdueHours,
  });
}
