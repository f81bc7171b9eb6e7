import type { Models } from '../../models/index.ts';
import type { WebhookDoc } from '../../models/webhook.model.ts';
import { every } from '../../services/periodic.ts';
import type { WebhookOutbox } from '../outbox.ts';
import { nextAttemptAt } from '../schedule.ts';
import type { WebhookService } from '../subscriptions.ts';
import { run, runDue, sweep } from './poll.ts';
import { list, redeliver, test } from './requests.ts';
import type { DeliveryState } from './state.ts';

/** How often each instance looks for parcels due (retries, announcements, those another instance left). */
const POLL_EVERY_MS = 2_000;
/** Announcements of overdue detractors are looked for every this many polls (a minute's precision is plenty). */
const SCHEDULED_EVERY_POLLS = 15;
/** How often the housekeeping instance gives up old deliveries and trims the log (each a scan, on FerretDB). */
const SWEEP_EVERY_MS = 3_600_000;

export interface DeliveryOptions {
  /** This API instance, as claims name their holder. */
  readonly holder: string;
  readonly allowPrivate: boolean;
  readonly log: DeliveryState['log'];
  readonly timeoutMs?: number;
  /** When to try again after a failure (tests shorten it); the real schedule by default. */
  readonly retryAt?: typeof nextAttemptAt;
  /** Whether this instance does the housekeeping (one at a time): the sweep runs there. */
  readonly janitor?: () => boolean;
  /** Where people reach the dashboard (`<publicUrl>/dashboard`), for the links in Slack messages. */
  readonly publicUrl?: string;
  /** The instances alive (holding a writer lease): the claims of any other are given up. */
  readonly liveHolders?: () => Promise<ReadonlySet<string>>;
  /** Whether this instance's writer has answers waiting: sending then waits for them, up to a second. */
  readonly busy?: () => boolean;
}

/**
 * Sends the parcels of the outbox to their subscriptions, on every instance, each delivery at least once:
 *
 * - **Who sends** (`poll.ts`, `claims.ts`). The instance that stored a parcel sends it at once; every instance also
 *   polls for parcels due (retries, announcements of overdue detractors, those of an instance that died). A parcel
 *   is claimed first (`webhook_claims`, its unique `_id`), so that exactly one instance sends it.
 * - **Cost** (`attempt.ts`, `record.ts`). A parcel is claimed, sent and recorded with a handful of writes, however
 *   many deliveries it holds; what is done goes to the log, what is left to a new parcel, and the parcel is deleted.
 * - **Outcomes** (`record.ts`). 2xx: delivered. 410: the subscription is disabled. Anything else, or no answer:
 *   tried again on the backoff schedule for 72 hours, and the subscription is paused until then: while a receiver is
 *   down, one delivery at a time finds out when it is back (then the rest follow), so that a dead receiver costs
 *   neither the database nor the other subscriptions. A day with no success marks it failing.
 * - **On request** (`requests.ts`): the log of a subscription's deliveries, a test event, a redelivery.
 */
export function createWebhookDelivery(
  models: Models,
  webhooks: WebhookService,
  outbox: WebhookOutbox,
  options: DeliveryOptions,
) {
  const d: DeliveryState = {
    models,
    webhooks,
    outbox,
    holder: options.holder,
    allowPrivate: options.allowPrivate,
    log: options.log,
    timeoutMs: options.timeoutMs,
    retryAt: options.retryAt ?? nextAttemptAt,
    janitor: options.janitor ?? (() => true),
    liveHolders: options.liveHolders ?? (async () => new Set([options.holder])),
    busy: options.busy ?? (() => false),
    dashboardUrl: new URL('/dashboard', options.publicUrl ?? 'http://127.0.0.1:4000').href,
    working: new Set(),
    subscriptions: new Map(),
    turns: new Map(),
    queues: new Map(),
  };
  let jobs: { stop(): void }[] = [];

  outbox.onStored((stored) => {
    run(d, stored, models.OutboxParcel).catch((error: Error) =>
      d.log(`delivering webhooks failed: ${error.message}`, 'error'),
    );
  });

  return {
    runDue: (now?: Date, options?: { scheduled?: boolean }) => runDue(d, now, options),
    sweep: (now?: Date) => sweep(d, now),
    list: (webhook: WebhookDoc, first: number, after: string | null | undefined, now?: Date) =>
      list(d, webhook, first, after, now),
    test: (webhook: WebhookDoc, now?: Date) => test(d, webhook, now),
    redeliver: (webhook: WebhookDoc, deliveryId: string, now?: Date) =>
      redeliver(d, webhook, deliveryId, now),

    start(): void {
      if (jobs.length) return;
      let polls = 0;
      jobs = [
        every(
          POLL_EVERY_MS,
          () => runDue(d, new Date(), { scheduled: polls++ % SCHEDULED_EVERY_POLLS === 0 }),
          d.log,
          'delivering webhooks',
        ),
        every(SWEEP_EVERY_MS, async () => d.janitor() && sweep(d), d.log, 'giving up old webhook deliveries'),
      ];
    },

    stop(): void {
      for (const job of jobs) job.stop();
      jobs = [];
    },
  };
}

export type WebhookDeliveryService = ReturnType<typeof createWebhookDelivery>;
