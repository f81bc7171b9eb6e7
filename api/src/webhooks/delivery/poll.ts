import { setTimeout as sleep } from 'node:timers/promises';
import { LEASE_MS } from '../../ingest/writer-lease.ts';
import { insertNew } from '../../models/index.ts';
import type { WebhookDoc } from '../../models/webhook.model.ts';
import { DELIVERY_LOG_DAYS, type Parcel, TOMBSTONE_MS } from '../../models/webhook-delivery.model.ts';
import { TAKEOVER_MS } from '../outbox.ts';
import { GIVE_UP_AFTER_MS } from '../schedule.ts';
import { attempt } from './attempt.ts';
import { claim, dropStaleClaims } from './claims.ts';
import { givenUp, whole } from './parcels.ts';
import { type DeliveryState, type ParcelModel, paused, type Queued, subscriptionOf } from './state.ts';

/** A parcel read this long ago is left for the next poll rather than claimed (see `claim`). */
const QUEUED_MS = 25_000;
/** How long sending waits, at most, for the writer to have no answers waiting (then again after each send). */
const YIELD_MS = 1_000;
const YIELD_STEP_MS = 20;
/** Backlog parcels read at once, once the receiver is back: each read costs a scan of the backlog on FerretDB. */
const BACKLOG_READ = 100;
/** Parcels read at once by a poll, of each kind. */
const POLL_LIMIT = 50;
const DAY_MS = 86_400_000;

type Troubled = Pick<WebhookDoc, '_id' | 'pausedUntil' | 'backlog' | 'failures' | 'enabled'>;

/** Sends parcels that are due and not already being sent here; resolves once their subscriptions' queues are empty. */
export async function run(
  d: DeliveryState,
  candidates: readonly Parcel[],
  model: ParcelModel,
  now = new Date(),
): Promise<number> {
  const due = candidates.filter(
    (parcel) => !d.working.has(parcel._id) && (parcel.due <= now || parcel.holder !== undefined),
  );
  const keys = new Set<string>();
  for (const parcel of due) {
    d.working.add(parcel._id);
    const key = String(parcel.webhook);
    keys.add(key);
    const queue = d.queues.get(key) ?? new Map<string, Queued>();
    queue.set(parcel._id, { parcel, model, now, queued: Date.now() });
    d.queues.set(key, queue);
  }
  const sent = await Promise.all([...keys].map((key) => inTurn(d, key, () => drain(d, key))));
  return sent.reduce((sum, n) => sum + n, 0);
}

/**
 * Runs a subscription's sends after those under way here: its parcels go out in the order they were stored, and
 * a failure pauses the ones behind it.
 */
function inTurn<T>(d: DeliveryState, key: string, job: () => Promise<T>): Promise<T> {
  const next = (d.turns.get(key) ?? Promise.resolve()).then(job);
  const done = next.then(
    () => {},
    () => {},
  );
  d.turns.set(key, done);
  void done.then(() => {
    if (d.turns.get(key) === done) d.turns.delete(key);
  });
  return next;
}

/**
 * Sends the parcels waiting for one subscription on this instance, all that have come in meanwhile at once (a
 * burst is sent, and recorded, in a few large steps), until none is left.
 */
async function drain(d: DeliveryState, key: string): Promise<number> {
  let recorded = 0;
  while (d.queues.get(key)?.size) {
    // Answers first: while the writer has some waiting, deliveries wait (a while), and a burst is sent together.
    const since = Date.now();
    while (d.busy() && Date.now() - since < YIELD_MS) await sleep(YIELD_STEP_MS);
    const waitingHere = d.queues.get(key);
    if (!waitingHere?.size) break;
    d.queues.delete(key);
    const subscription = await subscriptionOf(d, waitingHere.values().next().value?.parcel.webhook);
    for (const model of [d.models.ScheduledParcel, d.models.BacklogParcel, d.models.OutboxParcel]) {
      const mine = [...waitingHere.values()].filter((item) => item.model === model);
      if (!mine.length) continue;
      const now = new Date(Math.max(...mine.map((item) => item.now.getTime())));
      try {
        // One read long ago may have been sent since by another instance: the next poll finds it if not.
        const fresh = mine.filter((item) => Date.now() - item.queued < QUEUED_MS);
        const claimed = await claim(
          d,
          fresh.map((item) => item.parcel),
        );
        if (claimed.length) recorded += (await attempt(d, claimed, model, subscription, now)).length;
      } catch (error) {
        d.log(`webhook ${key}: ${(error as Error).message}`, 'error');
      } finally {
        for (const item of mine) d.working.delete(item.parcel._id);
      }
    }
  }
  return recorded;
}

/** Sends what is due now (or at `now`), oldest first; returns how many deliveries were recorded. */
export async function runDue(
  d: DeliveryState,
  now = new Date(),
  { scheduled = true }: { scheduled?: boolean } = {},
): Promise<number> {
  const { models } = d;
  const live = [...(await d.liveHolders()), d.holder];
  await dropStaleClaims(d, live);
  // The subscriptions in trouble, in one read: those paused, and those with a backlog.
  const troubled = await models.Webhook.find(
    { $or: [{ pausedUntil: { $gt: now } }, { backlog: true }] },
    { pausedUntil: 1, backlog: 1, failures: 1, enabled: 1 },
  ).lean<Troubled[]>();
  const resting = troubled.filter((subscription) => paused(subscription, now)).map(({ _id }) => _id);
  const others = resting.length ? { webhook: { $nin: resting } } : {};
  let recorded = 0;
  // Due, or sent from memory by an instance that stopped (no writer lease) before it was done: written a lease ago
  // at least (its `due` is `TAKEOVER_MS` after it was written), as above, lest a new instance be taken for dead.
  const orphaned = new Date(Date.now() + TAKEOVER_MS - LEASE_MS);
  const due = await models.OutboxParcel.find({
    $or: [{ due: { $lte: now } }, { holder: { $exists: true, $nin: live }, due: { $lte: orphaned } }],
    ...others,
  })
    .sort({ due: 1 })
    .limit(POLL_LIMIT)
    .lean<Parcel[]>();
  recorded += await run(d, due, models.OutboxParcel, now);
  if (scheduled) {
    const fallen = await models.ScheduledParcel.find({ due: { $lte: now }, ...others })
      .sort({ due: 1 })
      .limit(POLL_LIMIT)
      .lean<Parcel[]>();
    recorded += await run(d, fallen, models.ScheduledParcel, now);
  }
  if (d.janitor()) recorded += await runBacklogs(d, troubled, now);
  return recorded;
}

/**
 * A backlog is read once its receiver is back (or, disabled, to be given up); while it is being tried again, only if
 * nothing else can find out (no delivery of it waits in the outbox), and one parcel of it then. By the housekeeping
 * instance alone: each read is a scan of the backlog, and one instance sends it as fast as any.
 */
async function runBacklogs(d: DeliveryState, troubled: readonly Troubled[], now: Date): Promise<number> {
  const { models } = d;
  let recorded = 0;
  const backlogged = troubled.filter(
    (subscription) => subscription.backlog && (!subscription.enabled || !paused(subscription, now)),
  );
  for (const { _id, failures, enabled } of backlogged) {
    const probing = enabled && (failures ?? 0) > 0;
    if (probing && (await models.OutboxParcel.exists({ webhook: _id }))) continue;
    const waiting = await models.BacklogParcel.find({ webhook: _id })
      .sort({ due: 1 })
      .limit(probing ? 1 : BACKLOG_READ)
      .lean<Parcel[]>();
    if (waiting.length) recorded += await run(d, waiting, models.BacklogParcel, now);
    else {
      await models.Webhook.updateOne({ _id }, { $set: { backlog: false } });
      // One parked meanwhile: flagged again.
      if (await models.BacklogParcel.exists({ webhook: _id })) {
        await models.Webhook.updateOne({ _id }, { $set: { backlog: true } });
      }
    }
  }
  return recorded;
}

/**
 * Gives up what has waited in a backlog for 72 hours (its receiver down all that time: nothing reads it then), and
 * trims the log to `DELIVERY_LOG_DAYS` and the tombstones to an hour.
 */
export async function sweep(d: DeliveryState, now = new Date()): Promise<void> {
  const { models } = d;
  const expired = await models.BacklogParcel.find({
    due: { $lt: new Date(now.getTime() - GIVE_UP_AFTER_MS) },
  }).lean<Parcel[]>();
  for (const stale of expired) {
    const [claimed] = await claim(d, [stale]);
    if (!claimed) continue;
    const given = whole(claimed).map(({ data, ...delivery }) => givenUp(delivery, now));
    await insertNew(models.WebhookDelivery.collection, given);
    await models.BacklogParcel.deleteOne({ _id: claimed._id });
  }
  await models.WebhookDelivery.deleteMany({
    at: { $lt: new Date(now.getTime() - DELIVERY_LOG_DAYS * DAY_MS) },
  });
  await models.WebhookTombstone.deleteMany({ at: { $lt: new Date(now.getTime() - TOMBSTONE_MS) } });
}
