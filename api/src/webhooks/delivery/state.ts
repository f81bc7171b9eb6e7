import type { Types } from 'mongoose';
import type { Log } from '../../logging.ts';
import type { Models } from '../../models/index.ts';
import type { WebhookDoc } from '../../models/webhook.model.ts';
import type { Parcel } from '../../models/webhook-delivery.model.ts';
import type { WebhookOutbox } from '../outbox.ts';
import type { nextAttemptAt } from '../schedule.ts';
import type { WebhookService } from '../subscriptions.ts';

/** What a parcel's sends need of its subscription. */
export type Subscription = Pick<
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

/** Where a parcel waits: the outbox, the scheduled announcements, or a receiver's backlog. */
export type ParcelModel = Models['OutboxParcel'];

/** A parcel waiting for its subscription's next send on this instance, found due at `now`. */
export interface Queued {
  readonly parcel: Parcel;
  readonly model: ParcelModel;
  readonly now: Date;
  /** When it was read (its `Date.now()`). */
  readonly queued: number;
}

/**
 * The delivery loop's state, named in one place: its settings, and what this instance holds in memory. Its steps
 * (`claims.ts`, `attempt.ts`, `record.ts`, `poll.ts`, `requests.ts`) are functions of it.
 */
export interface DeliveryState {
  readonly models: Models;
  readonly webhooks: WebhookService;
  readonly outbox: WebhookOutbox;
  /** This API instance, as claims name their holder. */
  readonly holder: string;
  readonly allowPrivate: boolean;
  readonly log: Log;
  readonly timeoutMs: number | undefined;
  /** When to try again after a failure (tests shorten it). */
  readonly retryAt: typeof nextAttemptAt;
  /** Whether this instance does the housekeeping (one at a time): the sweep and the backlogs run there. */
  readonly janitor: () => boolean;
  /** The instances alive (holding a writer lease): the claims of any other are given up. */
  readonly liveHolders: () => Promise<ReadonlySet<string>>;
  /** Whether this instance's writer has answers waiting: sending then waits for them a while. */
  readonly busy: () => boolean;
  /** Where people reach the dashboard, for the links in Slack messages. */
  readonly dashboardUrl: string;
  /** Parcels this instance is working on: not picked up twice by it. */
  readonly working: Set<string>;
  /** Subscriptions read lately, kept for a second (their health is written through). */
  readonly subscriptions: Map<string, { subscription: Subscription | undefined; until: number }>;
  /** Each subscription's sends under way on this instance, one after the other. */
  readonly turns: Map<string, Promise<void>>;
  /** Each subscription's parcels waiting for its next send here: all sent together. */
  readonly queues: Map<string, Map<string, Queued>>;
}

/** How long subscriptions are read from memory (their health is written through). */
const SUBSCRIPTIONS_MS = 1_000;

/** A subscription, read from memory for a second. */
export async function subscriptionOf(
  d: DeliveryState,
  id: Types.ObjectId | undefined,
): Promise<Subscription | undefined> {
  const key = String(id);
  const cached = d.subscriptions.get(key);
  if (cached && cached.until > Date.now()) return cached.subscription;
  const subscription = (await d.models.Webhook.findById(id).lean<Subscription>()) ?? undefined;
  d.subscriptions.set(key, { subscription, until: Date.now() + SUBSCRIPTIONS_MS });
  return subscription;
}

/** Whether a subscription is paused at `now` (a failure paused it until its next try). */
export const paused = (subscription: { pausedUntil?: Date | null | undefined } | undefined, now: Date) =>
  Boolean(subscription?.pausedUntil && subscription.pausedUntil > now);
