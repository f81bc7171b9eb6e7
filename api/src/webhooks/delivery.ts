import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Types } from 'mongoose';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import type { Stored } from '../ingest/ingest.ts';
import { LEASE_MS } from '../ingest/writer-lease.ts';
import type { Log } from '../logging.ts';
import { findByIds, insertNew, type Models } from '../models/index.ts';
import type { WebhookDoc } from '../models/webhook.model.ts';
import {
  DELIVERY_LOG_DAYS,
  type Delivery,
  type Parcel,
  TOMBSTONE_MS,
  type WebhookDelivery,
} from '../models/webhook-delivery.model.ts';
import { decodeCursor, encodeCursor } from '../services/cursor.ts';
import { every } from '../services/periodic.ts';
import { UnsafeAddressError } from './address-guard.ts';
import { type EventData, eventData, eventId, jsonPayload, type WebhookEventKind } from './events.ts';
import { dropDeliveries, forgetAnswers, parcels as pack, TAKEOVER_MS, type WebhookOutbox } from './outbox.ts';
import { FAILING_AFTER_MS, GIVE_UP_AFTER_MS, nextAttemptAt } from './schedule.ts';
import { sendWebhook } from './send.ts';
import { signedHeaders } from './signing.ts';
import { slackPayload } from './slack.ts';
import type { WebhookService } from './subscriptions.ts';

/**
 * Longer than a claimed parcel can take (its sends started within `BUDGET_MS`, each over within 10 s): a claim this
 * old was left by an instance stuck or dead, and another instance sends the parcel. A dead one's claims go sooner,
 * with its writer lease (5 s).
 */
const STALE_CLAIM_MS = 60_000;
/** No send of a parcel is started after this long: the rest wait in a new parcel. */
const BUDGET_MS = 30_000;
/** A parcel read this long ago is left for the next poll rather than claimed (see `claim`). */
const QUEUED_MS = 25_000;
/** How long sending waits, at most, for the writer to have no answers waiting (then again after each send). */
const YIELD_MS = 1_000;
const YIELD_STEP_MS = 20;
/** Requests in flight to one subscription from one instance. */
const PER_RECEIVER = 8;
/** How often each instance looks for parcels due (retries, announcements, those another instance left). */
const POLL_EVERY_MS = 2_000;
/** Announcements of overdue detractors are looked for every this many polls (a minute's precision is plenty). */
const SCHEDULED_EVERY_POLLS = 15;
/** Backlog parcels read at once, once the receiver is back: each read costs a scan of the backlog on FerretDB. */
const BACKLOG_READ = 100;
/** Parcels read at once by a poll, of each kind. */
const POLL_LIMIT = 50;
/** How often the housekeeping instance gives up old deliveries and trims the log (each a scan, on FerretDB). */
const SWEEP_EVERY_MS = 3_600_000;
/** How long subscriptions are read from memory (their health is written through). */
const SUBSCRIPTIONS_MS = 1_000;
const DAY_MS = 86_400_000;

export interface DeliveryOptions {
  /** This API instance, as claims name their holder. */
  readonly holder: string;
  readonly allowPrivate: boolean;
  readonly log: Log;
  readonly timeoutMs?: number;
  /** When to try again after a failure (tests shorten it); the real schedule by default. */
  readonly retryAt?: typeof nextAttemptAt;
  /** Whether this instance does the housekeeping (one at a time): the sweep runs there. */
  readonly janitor?: () => boolean;
  /** Where people reach the dashboard (`<publicUrl>/dashboard`), for the links in Slack messages. */
  readonly publicUrl?: string;
  /** The instances alive (holding a writer lease): the claims of any other are given up. */
  readonly liveHolders?: () => Promise<ReadonlySet<string>>;
  /** Whether this instance's writer has answers waiting: sending then waits for them, up to `YIELD_MS`. */
  readonly busy?: () => boolean;
}

type Subscription = Pick<
  WebhookDoc,
  | '_id'
  | 'survey'
  | 'url'
  | 'format'
  | 'overdueHours'
  | 'enabled'
  | 'secret'
  | 'previousSecret'
  | 'previousSecretUntil'
  | 'failures'
  | 'pausedUntil'
  | 'failingSince'
  | 'lastDeliveredAt'
  | 'createdAt'
>;

type ParcelModel = Models['OutboxParcel'];

/** A parcel waiting for its subscription's next send on this instance, found due at `now`. */
interface Queued {
  readonly parcel: Parcel;
  readonly model: ParcelModel;
  readonly now: Date;
  /** When it was read (its `Date.now()`). */
  readonly queued: number;
}

/** What one attempt came to. */
type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'failed'; status: number | null; error: string }
  | { kind: 'gone'; status: number | null; error: string };

interface AttemptFlags {
  /** Now, whatever the subscription's health (a redelivery, a test). */
  readonly force?: boolean;
  /** A failure is final (a test). */
  readonly once?: boolean;
}

const newestFirst = (a: WebhookDelivery, b: WebhookDelivery) =>
  b.at.getTime() - a.at.getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);

/** A delivery attempted on request is due for the other instances this much later, should this one stop first. */
const fallback = (now: Date) => new Date(now.getTime() + STALE_CLAIM_MS);

const waiting = (delivery: Delivery, nextAttemptAt: Date): WebhookDelivery => ({
  ...delivery,
  status: 'PENDING',
  nextAttemptAt,
  deliveredAt: null,
});

/**
 * A parcel's deliveries whole: one stored by `store` for its instance to send from memory holds the least (id,
 * survey, event, answer, time); the rest is known from the parcel and the id, or read from the answer (`prepare`).
 */
function whole(parcel: Parcel): Delivery[] {
  return parcel.deliveries.map((delivery) => ({
    webhook: parcel.webhook,
    eventId: delivery._id.slice(delivery._id.indexOf(':') + 1),
    attempts: 0,
    lastStatus: null,
    lastError: null,
    ...delivery,
  }));
}

/** Runs `task` over `items`, `limit` at a time, starting none once `stop()` says so; undefined for those not run. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
  stop: () => boolean,
): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length && !stop()) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * Sends the parcels of the outbox to their subscriptions, on every instance, each delivery at least once:
 *
 * - **Who sends.** The instance that stored a parcel sends it at once; every instance also polls for parcels due
 *   (retries, announcements of overdue detractors, those of an instance that died). A parcel is claimed first
 *   (`webhook_claims`, its unique `_id`), so that exactly one instance sends it.
 * - **Cost.** A parcel is claimed, sent and recorded with a handful of writes, however many deliveries it holds;
 *   what is done goes to the log, what is left to a new parcel, and the parcel is deleted.
 * - **Outcomes.** 2xx: delivered. 410: the subscription is disabled. Anything else, or no answer: tried again on the
 *   backoff schedule for 72 hours, and the subscription is paused until then: while a receiver is down, one delivery
 *   at a time finds out when it is back (then the rest follow), so that a dead receiver costs neither the database
 *   nor the other subscriptions. A day with no success marks it failing.
 */
export function createWebhookDelivery(
  models: Models,
  webhooks: WebhookService,
  outbox: WebhookOutbox,
  options: DeliveryOptions,
) {
  const { holder, allowPrivate, log, timeoutMs, retryAt = nextAttemptAt, janitor = () => true } = options;
  const liveHolders = options.liveHolders ?? (async () => new Set([holder]));
  const busy = options.busy ?? (() => false);
  const dashboardUrl = new URL('/dashboard', options.publicUrl ?? 'http://127.0.0.1:4000').href;
  /** Parcels this instance is working on: not picked up twice by it. */
  const working = new Set<string>();
  const subscriptions = new Map<string, { subscription: Subscription | undefined; until: number }>();
  /** Each subscription's sends under way on this instance, one after the other. */
  const turns = new Map<string, Promise<void>>();
  /** Each subscription's parcels waiting for its next send here: all sent together. */
  const queues = new Map<string, Map<string, Queued>>();

  let jobs: { stop(): void }[] = [];

  /** A subscription, read from memory for a second (its health is written through). */
  async function subscriptionOf(id: Types.ObjectId | undefined): Promise<Subscription | undefined> {
    const key = String(id);
    const cached = subscriptions.get(key);
    if (cached && cached.until > Date.now()) return cached.subscription;
    const subscription = (await models.Webhook.findById(id).lean<Subscription>()) ?? undefined;
    subscriptions.set(key, { subscription, until: Date.now() + SUBSCRIPTIONS_MS });
    return subscription;
  }

  const paused = (subscription: { pausedUntil?: Date | null | undefined } | undefined, now: Date) =>
    Boolean(subscription?.pausedUntil && subscription.pausedUntil > now);

  /**
   * Claims parcels; returns those won. A claim stays after its parcel is done (until `STALE_CLAIM_MS`), so that an
   * instance that read the parcel before it was done cannot claim it again: parcels are read at most
   * `QUEUED_MS` before they are claimed.
   */
  async function claim(candidates: readonly Parcel[]): Promise<Parcel[]> {
    const at = new Date();
    const lost = await insertNew(
      models.WebhookClaim.collection,
      candidates.map((parcel) => ({ _id: parcel._id, holder, at })),
    );
    return candidates.filter((_, i) => !lost.has(i));
  }

  /**
   * Claims left by an instance that died (or is stuck) mid-parcel: deleted, so that another sends the parcel. A
   * holder missing from `live` may also be an instance that started after `live` was read (it is read every second
   * or two): only its claims older than a lease are taken for dead, by when any live holder is in every view.
   */
  async function dropStaleClaims(live: readonly string[]): Promise<void> {
    const now = Date.now();
    await models.WebhookClaim.deleteMany({
      $or: [
        { holder: { $nin: live }, at: { $lt: new Date(now - LEASE_MS) } },
        { at: { $lt: new Date(now - STALE_CLAIM_MS) } },
      ],
    });
  }

  /** What is sent: our event, or a Slack message. `data` is there: `prepare` made sure of it. */
  async function payloadOf(delivery: Delivery, subscription: Subscription): Promise<string> {
    const kind = delivery.event as WebhookEventKind;
    const data = delivery.data as EventData;
    if (subscription.format !== 'SLACK') return jsonPayload(kind, delivery.at, data);
    const survey = await models.Survey.findById(delivery.survey, { brand: 1, defaultLanguage: 1 }).lean();
    return slackPayload(kind, data.response, {
      brand: survey?.brand ?? '',
      language: survey?.defaultLanguage ?? 'en',
      dashboardUrl,
      overdueHours: subscription.overdueHours,
    });
  }

  async function send(delivery: Delivery, subscription: Subscription, now: Date): Promise<Outcome> {
    // A follow-up recorded while the announcement was on its way to its parcel (it takes it out of the parcel).
    if (delivery.event === 'DETRACTOR_OVERDUE' && delivery.response) {
      if (await models.FollowUpClaim.exists({ _id: delivery.response })) {
        return { kind: 'gone', status: null, error: 'followed up before it was due' };
      }
    }
    const payload = await payloadOf(delivery, subscription);
    // Signed at the time it is really sent: receivers check the timestamp against their clock.
    const secrets = webhooks.signingSecrets(subscription, now);
    const headers = signedHeaders(delivery.eventId, new Date(), payload, secrets);
    try {
      const { status } = await sendWebhook(subscription.url, payload, headers, {
        allowPrivate,
        ...(timeoutMs && { timeoutMs }),
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

  /** A subscription's health after a parcel: resumed by a success, paused by a failure, disabled by a 410. */
  async function health(
    subscription: Subscription,
    outcomes: readonly Outcome[],
    resume: Date | undefined,
    now: Date,
  ): Promise<void> {
    const set: Partial<Subscription> = {};
    if (outcomes.some((outcome) => outcome.kind === 'gone' && outcome.status === 410)) {
      set.enabled = false;
      log(`webhook ${subscription._id} disabled: its receiver answered 410`);
    }
    if (outcomes.some((outcome) => outcome.kind === 'failed')) {
      set.failures = (subscription.failures ?? 0) + 1;
      set.pausedUntil = resume ?? null;
      const since = subscription.lastDeliveredAt ?? subscription.createdAt;
      if (!subscription.failingSince && since && now.getTime() - since.getTime() > FAILING_AFTER_MS) {
        set.failingSince = now;
      }
    } else if (outcomes.some((outcome) => outcome.kind === 'delivered')) {
      // Written at most once a minute while all is well: a burst is not a write per parcel.
      const last = subscription.lastDeliveredAt?.getTime() ?? 0;
      const troubled = subscription.failures || subscription.failingSince || subscription.pausedUntil;
      if (troubled || now.getTime() - last > 60_000) {
        Object.assign(set, { lastDeliveredAt: now, failures: 0, pausedUntil: null, failingSince: null });
      }
    }
    if (!Object.keys(set).length) return;
    Object.assign(subscription, set);
    await models.Webhook.updateOne({ _id: subscription._id }, { $set: set });
  }

  /**
   * Records the outcomes of a subscription's claimed parcels (`outcomes[i]` of `deliveries[i]`; undefined: not
   * attempted): the finished to the log, the rest to one new parcel with their data (due when the failed are tried
   * again, else `until` or at once), then the parcels are deleted (their claims stay: see `claim`). The deliveries of
   * an answer erased meanwhile are dropped. Returns them as recorded.
   */
  async function record(
    parcels: readonly Parcel[],
    model: ParcelModel,
    subscription: Subscription | undefined,
    deliveries: readonly Delivery[],
    outcomes: readonly (Outcome | undefined)[],
    now: Date,
    { once = false, until }: AttemptFlags & { until?: Date } = {},
  ): Promise<WebhookDelivery[]> {
    const ids = parcels.map((parcel) => parcel._id);
    const done: WebhookDelivery[] = [];
    const retried: { delivery: Delivery; at: Date }[] = [];
    const untried: Delivery[] = [];
    deliveries.forEach((delivery, i) => {
      const outcome = outcomes[i];
      if (!outcome) {
        if (now.getTime() - delivery.at.getTime() <= GIVE_UP_AFTER_MS) untried.push(delivery);
        else {
          const lastError = `${delivery.lastError ?? 'not sent'}; given up after 72 hours`;
          done.push({ ...waiting(delivery, now), status: 'FAILED', nextAttemptAt: null, lastError });
        }
        return;
      }
      const tried = { ...delivery, attempts: delivery.attempts + 1, lastStatus: outcome.status };
      if (outcome.kind === 'delivered') {
        done.push({
          ...tried,
          status: 'DELIVERED',
          lastError: null,
          nextAttemptAt: null,
          deliveredAt: now,
        });
        return;
      }
      const next = outcome.kind === 'failed' && !once ? retryAt(tried.attempts, delivery.at, now) : undefined;
      if (next) retried.push({ delivery: { ...tried, lastError: outcome.error }, at: next });
      else {
        const lastError = outcome.kind === 'gone' || once ? outcome.error : `${outcome.error}; given up`;
        done.push({ ...tried, status: 'FAILED', lastError, nextAttemptAt: null, deliveredAt: null });
      }
    });
    const first = retried.reduce((soonest, { at }) => Math.min(soonest, at.getTime()), Infinity);
    const resume = retried.length ? new Date(first) : undefined;
    // A backlog read at once may leave many: in parcels of `PARCEL_SIZE`, as any.
    const parcel = (deliveries: Delivery[], due: Date): Parcel[] =>
      pack(deliveries).map((packed) => ({ ...packed, due }));
    // The log keeps what happened, not what was sent (the answer, its comment).
    await insertNew(
      models.WebhookDelivery.collection,
      done.map(({ data, ...row }: WebhookDelivery & { data?: unknown }) => row),
    );
    const attempted = outcomes.filter((outcome): outcome is Outcome => outcome !== undefined);
    if (subscription) await health(subscription, attempted, resume, now);
    const down = Boolean(until) || paused(subscription, now);
    const failed = retried.map(({ delivery }) => delivery);
    // The failed are tried again when the subscription resumes (one of them finds out whether the receiver is
    // back); the rest wait in the outbox, or in the backlog while the receiver is down, untouched until it is back.
    const later = [...parcel(failed, resume ?? now), ...(down ? [] : parcel(untried, now))];
    if (later.length) await models.OutboxParcel.collection.insertMany(later as never[]);
    if (down && untried.length) await outbox.backlog(pack(untried));
    await model.deleteMany({ _id: { $in: ids } });
    // Checked once written: an answer erased while these were sent is taken out again, here or by its erasure
    // (which wrote its tombstone before taking out what it found).
    const erased = await erasedAnswers();
    await forgetAnswers(
      models,
      [...new Set(deliveries.map((delivery) => delivery.response ?? ''))].filter((id) => erased.has(id)),
    );
    return [
      ...done,
      ...later.flatMap((next) => next.deliveries.map((d) => waiting(d as Delivery, next.due))),
      ...(down ? untried.map((delivery) => waiting(delivery, until ?? resume ?? now)) : []),
    ];
  }

  /**
   * Sends a subscription's claimed parcels: each delivery, `PER_RECEIVER` at a time, until all are sent, one fails
   * (the rest wait for the receiver to be back), or the time is up. A subscription in trouble gets one delivery
   * first, which finds out if it is back, unless `force`.
   */
  async function attempt(
    parcels: readonly Parcel[],
    model: ParcelModel,
    subscription: Subscription | undefined,
    now: Date,
    flags: AttemptFlags = {},
  ): Promise<WebhookDelivery[]> {
    const deliveries = await prepare(parcels);
    if (!subscription?.enabled) {
      const gone: Outcome = { kind: 'gone', status: null, error: 'the subscription is deleted or disabled' };
      return record(
        parcels,
        model,
        subscription,
        deliveries,
        deliveries.map(() => gone),
        now,
      );
    }
    if (!flags.force && paused(subscription, now)) {
      // Paused (by an earlier parcel, perhaps): kept, with their data, for when it resumes.
      return record(parcels, model, subscription, deliveries, [], now, {
        until: subscription?.pausedUntil ?? now,
      });
    }
    const started = Date.now();
    let failed = false;
    const over = () => failed || Date.now() - started > BUDGET_MS;
    const sendOne = async (delivery: Delivery) => {
      const outcome = await send(delivery, subscription, now);
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
    return record(parcels, model, subscription, deliveries, outcomes, now, flags);
  }

  /**
   * The answers erased lately (`webhook_tombstones`, kept an hour: longer than any delivery is in flight): their
   * deliveries are neither sent nor recorded, wherever they are (a parcel this instance holds in memory).
   */
  async function erasedAnswers(): Promise<Set<string>> {
    const tombstones = await models.WebhookTombstone.find({}, { _id: 1 }).lean<{ _id: string }[]>();
    return new Set(tombstones.map(({ _id }) => _id));
  }

  /**
   * A claimed parcel's deliveries as they are to be sent: those of answers not erased, each with its data, read
   * again from its answer when the parcel came without it (taken over from another instance).
   */
  async function prepare(parcels: readonly Parcel[]): Promise<Delivery[]> {
    const erased = await erasedAnswers();
    const deliveries = parcels.flatMap(whole).filter((delivery) => !erased.has(delivery.response ?? ''));
    const bare = [
      ...new Set(deliveries.filter((d) => !d.data && d.response).map((d) => d.response as string)),
    ];
    if (!bare.length) return deliveries;
    const answers = await findByIds<Stored>(models.Response, bare);
    return deliveries.flatMap((delivery) => {
      if (delivery.data) return [delivery];
      const answer = answers.get(delivery.response ?? '');
      return answer ? [{ ...delivery, data: eventData(delivery.event as WebhookEventKind, answer) }] : [];
    });
  }

  /**
   * Sends the parcels waiting for one subscription on this instance, all that have come in meanwhile at once (a
   * burst is sent, and recorded, in a few large steps), until none is left.
   */
  async function drain(key: string): Promise<number> {
    let recorded = 0;
    while (queues.get(key)?.size) {
      // Answers first: while the writer has some waiting, deliveries wait (a while), and a burst is sent together.
      const since = Date.now();
      while (busy() && Date.now() - since < YIELD_MS) await sleep(YIELD_STEP_MS);
      const waitingHere = queues.get(key);
      if (!waitingHere?.size) break;
      queues.delete(key);
      const subscription = await subscriptionOf(waitingHere.values().next().value?.parcel.webhook);
      for (const model of [models.ScheduledParcel, models.BacklogParcel, models.OutboxParcel]) {
        const mine = [...waitingHere.values()].filter((item) => item.model === model);
        if (!mine.length) continue;
        const now = new Date(Math.max(...mine.map((item) => item.now.getTime())));
        try {
          // One read long ago may have been sent since by another instance: the next poll finds it if not.
          const fresh = mine.filter((item) => Date.now() - item.queued < QUEUED_MS);
          const claimed = await claim(fresh.map((item) => item.parcel));
          if (claimed.length) recorded += (await attempt(claimed, model, subscription, now)).length;
        } catch (error) {
          log(`webhook ${key}: ${(error as Error).message}`, 'error');
        } finally {
          for (const item of mine) working.delete(item.parcel._id);
        }
      }
    }
    return recorded;
  }

  /** Sends parcels that are due and not already being sent here; resolves once their subscriptions' queues are empty. */
  async function run(candidates: readonly Parcel[], model: ParcelModel, now = new Date()): Promise<number> {
    const due = candidates.filter(
      (parcel) => !working.has(parcel._id) && (parcel.due <= now || parcel.holder !== undefined),
    );
    const keys = new Set<string>();
    for (const parcel of due) {
      working.add(parcel._id);
      const key = String(parcel.webhook);
      keys.add(key);
      const queue = queues.get(key) ?? new Map<string, Queued>();
      queue.set(parcel._id, { parcel, model, now, queued: Date.now() });
      queues.set(key, queue);
    }
    const sent = await Promise.all([...keys].map((key) => inTurn(key, () => drain(key))));
    return sent.reduce((sum, n) => sum + n, 0);
  }

  /**
   * Runs a subscription's sends after those under way here: its parcels go out in the order they were stored, and
   * a failure pauses the ones behind it.
   */
  function inTurn<T>(key: string, job: () => Promise<T>): Promise<T> {
    const next = (turns.get(key) ?? Promise.resolve()).then(job);
    const done = next.then(
      () => {},
      () => {},
    );
    turns.set(key, done);
    void done.then(() => {
      if (turns.get(key) === done) turns.delete(key);
    });
    return next;
  }

  /** Sends what is due now (or at `now`), oldest first; returns how many deliveries were recorded. */
  async function runDue(
    now = new Date(),
    { scheduled = true }: { scheduled?: boolean } = {},
  ): Promise<number> {
    const live = [...(await liveHolders()), holder];
    await dropStaleClaims(live);
    // The subscriptions in trouble, in one read: those paused, and those with a backlog.
    const troubled = await models.Webhook.find(
      { $or: [{ pausedUntil: { $gt: now } }, { backlog: true }] },
      { pausedUntil: 1, backlog: 1, failures: 1, enabled: 1 },
    ).lean<Pick<WebhookDoc, '_id' | 'pausedUntil' | 'backlog' | 'failures' | 'enabled'>[]>();
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
    recorded += await run(due, models.OutboxParcel, now);
    if (scheduled) {
      const fallen = await models.ScheduledParcel.find({ due: { $lte: now }, ...others })
        .sort({ due: 1 })
        .limit(POLL_LIMIT)
        .lean<Parcel[]>();
      recorded += await run(fallen, models.ScheduledParcel, now);
    }
    // A backlog is read once its receiver is back (or, disabled, to be given up); while it is being tried again, only
    // if nothing else can find out (no delivery of it waits in the outbox), and one parcel of it then. By the
    // housekeeping instance alone: each read is a scan of the backlog, and one instance sends it as fast as any.
    const backlogged = janitor()
      ? troubled.filter(
          (subscription) => subscription.backlog && (!subscription.enabled || !paused(subscription, now)),
        )
      : [];
    for (const { _id, failures, enabled } of backlogged) {
      const probing = enabled && (failures ?? 0) > 0;
      if (probing && (await models.OutboxParcel.exists({ webhook: _id }))) continue;
      const waiting = await models.BacklogParcel.find({ webhook: _id })
        .sort({ due: 1 })
        .limit(probing ? 1 : BACKLOG_READ)
        .lean<Parcel[]>();
      if (waiting.length) recorded += await run(waiting, models.BacklogParcel, now);
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
  async function sweep(now = new Date()): Promise<void> {
    const expired = await models.BacklogParcel.find({
      due: { $lt: new Date(now.getTime() - GIVE_UP_AFTER_MS) },
    }).lean<Parcel[]>();
    for (const stale of expired) {
      const [claimed] = await claim([stale]);
      if (!claimed) continue;
      const given = whole(claimed).map(({ data, ...delivery }) => ({
        ...waiting(delivery, now),
        status: 'FAILED' as const,
        nextAttemptAt: null,
        lastError: `${delivery.lastError ?? 'not sent'}; given up after 72 hours`,
      }));
      await insertNew(models.WebhookDelivery.collection, given);
      await models.BacklogParcel.deleteOne({ _id: claimed._id });
    }
    await models.WebhookDelivery.deleteMany({
      at: { $lt: new Date(now.getTime() - DELIVERY_LOG_DAYS * DAY_MS) },
    });
    await models.WebhookTombstone.deleteMany({ at: { $lt: new Date(now.getTime() - TOMBSTONE_MS) } });
  }

  outbox.onStored((stored) => {
    run(stored, models.OutboxParcel).catch((error: Error) =>
      log(`delivering webhooks failed: ${error.message}`, 'error'),
    );
  });

  /**
   * Attempts a delivery now, on request, in a parcel of its own: stored first (due later for the other instances,
   * should this one stop), then `before` runs, then it is sent.
   */
  async function attemptNow(
    webhook: WebhookDoc,
    delivery: Delivery,
    now: Date,
    flags: AttemptFlags,
    before: () => Promise<unknown> = async () => {},
  ): Promise<WebhookDelivery> {
    const parcel: Parcel = {
      _id: randomUUID(),
      webhook: webhook._id,
      due: fallback(now),
      deliveries: [delivery],
    };
    await models.OutboxParcel.collection.insertOne(parcel as never);
    await before();
    const claimed = await claim([parcel]);
    if (!claimed.length) return waiting(delivery, parcel.due);
    const [recorded] = await attempt(claimed, models.OutboxParcel, webhook, now, { ...flags, force: true });
    return recorded ?? waiting(delivery, parcel.due);
  }

  return {
    runDue,
    sweep,

    /** A subscription's deliveries, newest first, `first` (at most 100) after the cursor `after`: waiting and done. */
    async list(webhook: WebhookDoc, first: number, after: string | null | undefined, now = new Date()) {
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
    },

    /** Sends a subscription a signed test event (an answer of 9, "test") now, once; returns it as recorded. */
    async test(webhook: WebhookDoc, now = new Date()): Promise<WebhookDelivery> {
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
      return attemptNow(webhook, delivery, now, { once: true });
    },

    /** Delivers one of a subscription's events again, now, with the same id; returns it after the attempt. */
    async redeliver(webhook: WebhookDoc, deliveryId: string, now = new Date()): Promise<WebhookDelivery> {
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
      return attemptNow(webhook, delivery, now, {}, async () => {
        if (logged) await models.WebhookDelivery.deleteOne({ _id: deliveryId });
        else if (parcel) {
          await dropDeliveries(parcel.model, { _id: parcel.found._id }, (d) => d._id === deliveryId);
        }
      });
    },

    start(): void {
      if (jobs.length) return;
      let polls = 0;
      jobs = [
        every(
          POLL_EVERY_MS,
          () => runDue(new Date(), { scheduled: polls++ % SCHEDULED_EVERY_POLLS === 0 }),
          log,
          'delivering webhooks',
        ),
        every(SWEEP_EVERY_MS, async () => janitor() && sweep(), log, 'giving up old webhook deliveries'),
      ];
    },

    stop(): void {
      for (const job of jobs) job.stop();
      jobs = [];
    },
  };
}

export type WebhookDeliveryService = ReturnType<typeof createWebhookDelivery>;
