import { randomUUID } from 'node:crypto';
import { BadUserInputError, NotFoundError } from '../../errors.ts';
import type { WebhookDoc } from '../../models/webhook.model.ts';
import type { Delivery, Parcel, WebhookDelivery } from '../../models/webhook-delivery.model.ts';
import { decodeCursor, encodeCursor } from '../../services/cursor.ts';
import { eventId } from '../events.ts';
import { dropDeliveries } from '../outbox.ts';
import { attempt } from './attempt.ts';
import { claim, STALE_CLAIM_MS } from './claims.ts';
import { waiting, whole } from './parcels.ts';
import type { AttemptFlags } from './record.ts';
import type { DeliveryState, ParcelModel } from './state.ts';

const newestFirst = (a: WebhookDelivery, b: WebhookDelivery) =>
  b.at.getTime() - a.at.getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);

/** A subscription's deliveries, newest first, `first` (at most 100) after the cursor `after`: waiting and done. */
export async function list(
  d: DeliveryState,
  webhook: WebhookDoc,
  first: number,
  after: string | null | undefined,
  now = new Date(),
) {
  const { models } = d;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadUserInputError('first must be a whole number from 1 to 100.', 'first');
  }
  const cursor = after ? decodeCursor(after) : undefined;
  const before = (delivery: { at: Date; _id: string }) =>
    !cursor ||
    delivery.at < cursor.at ||
    (delivery.at.getTime() === cursor.at.getTime() && delivery._id < cursor.id);
  const [parcels, done] = await Promise.all([
    Promise.all(
      [models.OutboxParcel, models.BacklogParcel].map((model) =>
        model.find({ webhook: webhook._id }).lean<Parcel[]>(),
      ),
    ).then((found) => found.flat()),
    models.WebhookDelivery.find({
      webhook: webhook._id,
      ...(cursor && { $or: [{ at: { $lt: cursor.at } }, { at: cursor.at, _id: { $lt: cursor.id } }] }),
    })
      .sort({ at: -1, _id: -1 })
      .limit(first + 1)
      .lean<WebhookDelivery[]>(),
  ]);
  // A paused subscription's waiting deliveries are next tried when it resumes.
  const resume = webhook.pausedUntil && webhook.pausedUntil > now ? webhook.pausedUntil : undefined;
  const pending = parcels.flatMap((parcel) =>
    whole(parcel)
      .filter(before)
      .map((delivery) => waiting(delivery, resume && resume > parcel.due ? resume : parcel.due)),
  );
  // One moving from a parcel to the log may be in both for a moment: the log has it done.
  const merged = new Map<string, WebhookDelivery>();
  for (const delivery of [...pending, ...done]) merged.set(delivery._id, delivery);
  const rows = [...merged.values()].sort(newestFirst);
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node.at, node._id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Sends a subscription a signed test event (an answer of 9, "test") now, once; returns it as recorded. */
export function test(d: DeliveryState, webhook: WebhookDoc, now = new Date()): Promise<WebhookDelivery> {
  const id = eventId('RESPONSE_CREATED', `test\n${webhook._id}\n${now.getTime()}`);
  const delivery: Delivery = {
    _id: `${webhook._id}:${id}`,
    webhook: webhook._id,
    survey: webhook.survey,
    event: 'RESPONSE_CREATED',
    eventId: id,
    data: {
      surveyId: String(webhook.survey),
      test: true,
      response: {
        id: 'test',
        score: 9,
        category: 'PROMOTER',
        comment: 'test',
        language: 'en',
        market: null,
        createdAt: now,
        themes: [],
        followUp: null,
        revision: 0,
      },
    },
    response: null,
    at: now,
    attempts: 0,
    lastStatus: null,
    lastError: null,
  };
  return attemptNow(d, webhook, delivery, now, { once: true });
}

/** Delivers one of a subscription's events again, now, with the same id; returns it after the attempt. */
export async function redeliver(
  d: DeliveryState,
  webhook: WebhookDoc,
  deliveryId: string,
  now = new Date(),
): Promise<WebhookDelivery> {
  const { models } = d;
  const logged = await models.WebhookDelivery.findById(deliveryId).lean<WebhookDelivery>();
  let parcel: { model: ParcelModel; found: Parcel } | undefined;
  for (const model of logged ? [] : [models.OutboxParcel, models.BacklogParcel]) {
    const found = await model.findOne({ 'deliveries._id': deliveryId }).lean<Parcel>();
    if (found) parcel = { model, found };
  }
  const found = logged ?? (parcel && whole(parcel.found).find((delivery) => delivery._id === deliveryId));
  if (!found?.webhook.equals(webhook._id)) throw new NotFoundError(`No delivery ${deliveryId}.`);
  if (!found.response) {
    throw new BadUserInputError('A test delivery is not sent again: send a new test.', 'deliveryId');
  }
  // Its data is read again from the answer when it is sent (as it is now: its comment, its follow-up).
  const delivery: Delivery = {
    _id: found._id,
    webhook: found.webhook,
    survey: found.survey,
    event: found.event,
    eventId: found.eventId,
    response: found.response,
    at: found.at,
    attempts: found.attempts,
    lastStatus: found.lastStatus ?? null,
    lastError: found.lastError ?? null,
  };
  // Out of the log (or its parcel) once it is in a parcel of its own: at no moment is it in neither.
  return attemptNow(d, webhook, delivery, now, {}, async () => {
    if (logged) await models.WebhookDelivery.deleteOne({ _id: deliveryId });
    else if (parcel) {
      await dropDeliveries(parcel.model, { _id: parcel.found._id }, (x) => x._id === deliveryId);
    }
  });
}

/**
 * Attempts a delivery now, on request, in a parcel of its own: stored first (due `STALE_CLAIM_MS` later for the other
 * instances, should this one stop), then `before` runs, then it is sent.
 */
async function attemptNow(
  d: DeliveryState,
  webhook: WebhookDoc,
  delivery: Delivery,
  now: Date,
  flags: AttemptFlags,
  before: () => Promise<unknown> = async () => {},
): Promise<WebhookDelivery> {
  const parcel: Parcel = {
    _id: randomUUID(),
    webhook: webhook._id,
    due: new Date(now.getTime() + STALE_CLAIM_MS),
    deliveries: [delivery],
  };
  await d.models.OutboxParcel.collection.insertOne(parcel as never);
  await before();
  const claimed = await claim(d, [parcel]);
  if (!claimed.length) return waiting(delivery, parcel.due);
  const [recorded] = await attempt(d, claimed, d.models.OutboxParcel, webhook, now, {
    ...flags,
    force: true,
  });
  return recorded ?? waiting(delivery, parcel.due);
}
