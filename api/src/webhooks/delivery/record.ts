import { insertNew } from '../../models/index.ts';
import type { Delivery, Parcel, WebhookDelivery } from '../../models/webhook-delivery.model.ts';
import { forgetAnswers, parcels as pack } from '../outbox.ts';
import { FAILING_AFTER_MS, GIVE_UP_AFTER_MS, type nextAttemptAt } from '../schedule.ts';
import { erasedAnswers } from './claims.ts';
import { givenUp, waiting } from './parcels.ts';
import { type DeliveryState, type ParcelModel, paused, type Subscription } from './state.ts';

/** What one attempt came to. */
export type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'failed'; status: number | null; error: string }
  | { kind: 'gone'; status: number | null; error: string };

export interface AttemptFlags {
  /** Now, whatever the subscription's health (a redelivery, a test). */
  readonly force?: boolean;
  /** A failure is final (a test). */
  readonly once?: boolean;
}

/** What a subscription's claimed parcels came to: `outcomes[i]` of `deliveries[i]` (undefined: not attempted). */
export interface Attempted {
  readonly parcels: readonly Parcel[];
  readonly model: ParcelModel;
  readonly subscription: Subscription | undefined;
  readonly deliveries: readonly Delivery[];
  readonly outcomes: readonly (Outcome | undefined)[];
  readonly now: Date;
}

/** The deliveries of an attempt sorted by what comes next for them. */
export interface Sorted {
  /** Finished: for the log. */
  readonly done: WebhookDelivery[];
  /** Failed, to be tried again at `at`. */
  readonly retried: { delivery: Delivery; at: Date }[];
  /** Not attempted (the time was up, or the receiver failed first): to wait again. */
  readonly untried: Delivery[];
}

/** Sorts an attempt's deliveries by their outcomes (no I/O): what is done, tried again, or waits. */
export function sortOutcomes(
  deliveries: readonly Delivery[],
  outcomes: readonly (Outcome | undefined)[],
  now: Date,
  retryAt: typeof nextAttemptAt,
  once: boolean,
): Sorted {
  const sorted: Sorted = { done: [], retried: [], untried: [] };
  deliveries.forEach((delivery, i) => {
    const outcome = outcomes[i];
    if (!outcome) {
      if (now.getTime() - delivery.at.getTime() <= GIVE_UP_AFTER_MS) sorted.untried.push(delivery);
      else sorted.done.push(givenUp(delivery, now));
      return;
    }
    const tried = { ...delivery, attempts: delivery.attempts + 1, lastStatus: outcome.status };
    if (outcome.kind === 'delivered') {
      sorted.done.push({
        ...tried,
        status: 'DELIVERED',
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: now,
      });
      return;
    }
    const next = outcome.kind === 'failed' && !once ? retryAt(tried.attempts, delivery.at, now) : undefined;
    if (next) sorted.retried.push({ delivery: { ...tried, lastError: outcome.error }, at: next });
    else {
      const lastError = outcome.kind === 'gone' || once ? outcome.error : `${outcome.error}; given up`;
      sorted.done.push({ ...tried, status: 'FAILED', lastError, nextAttemptAt: null, deliveredAt: null });
    }
  });
  return sorted;
}

/**
 * Records the outcomes of a subscription's claimed parcels: the finished to the log, the rest to one new parcel with
 * their data (due when the failed are tried again, else `until` or at once), then the parcels are deleted (their
 * claims stay: see `claim`). The deliveries of an answer erased meanwhile are dropped. Returns them as recorded.
 */
export async function record(
  d: DeliveryState,
  { parcels, model, subscription, deliveries, outcomes, now }: Attempted,
  { once = false, until }: AttemptFlags & { until?: Date } = {},
): Promise<WebhookDelivery[]> {
  const { done, retried, untried } = sortOutcomes(deliveries, outcomes, now, d.retryAt, once);
  const first = retried.reduce((soonest, { at }) => Math.min(soonest, at.getTime()), Infinity);
  const resume = retried.length ? new Date(first) : undefined;
  // A backlog read at once may leave many: in parcels of `PARCEL_SIZE`, as any.
  const parcel = (some: Delivery[], due: Date): Parcel[] => pack(some).map((packed) => ({ ...packed, due }));
  // The log keeps what happened, not what was sent (the answer, its comment).
  await insertNew(
    d.models.WebhookDelivery.collection,
    done.map(({ data, ...row }: WebhookDelivery & { data?: unknown }) => row),
  );
  const attempted = outcomes.filter((outcome): outcome is Outcome => outcome !== undefined);
  if (subscription) await health(d, subscription, attempted, resume, now);
  const down = Boolean(until) || paused(subscription, now);
  const failed = retried.map(({ delivery }) => delivery);
  // The failed are tried again when the subscription resumes (one of them finds out whether the receiver is
  // back); the rest wait in the outbox, or in the backlog while the receiver is down, untouched until it is back.
  const later = [...parcel(failed, resume ?? now), ...(down ? [] : parcel(untried, now))];
  if (later.length) await d.models.OutboxParcel.collection.insertMany(later as never[]);
  if (down && untried.length) await d.outbox.backlog(pack(untried));
  await model.deleteMany({ _id: { $in: parcels.map((p) => p._id) } });
  // Checked once written: an answer erased while these were sent is taken out again, here or by its erasure
  // (which wrote its tombstone before taking out what it found).
  const erased = await erasedAnswers(d);
  await forgetAnswers(
    d.models,
    [...new Set(deliveries.map((delivery) => delivery.response ?? ''))].filter((id) => erased.has(id)),
  );
  return [
    ...done,
    ...later.flatMap((next) => next.deliveries.map((x) => waiting(x as Delivery, next.due))),
    ...(down ? untried.map((delivery) => waiting(delivery, until ?? resume ?? now)) : []),
  ];
}

/** A subscription's health after a parcel: resumed by a success, paused by a failure, disabled by a 410. */
async function health(
  d: DeliveryState,
  subscription: Subscription,
  outcomes: readonly Outcome[],
  resume: Date | undefined,
  now: Date,
): Promise<void> {
  const set: Partial<Subscription> = {};
  if (outcomes.some((outcome) => outcome.kind === 'gone' && outcome.status === 410)) {
    set.enabled = false;
    d.log(`webhook ${subscription._id} disabled: its receiver answered 410`);
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
  await d.models.Webhook.updateOne({ _id: subscription._id }, { $set: set });
}
