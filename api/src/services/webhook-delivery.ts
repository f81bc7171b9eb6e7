import type { Types } from 'mongoose';
import { BadUserInputError, NotFoundError } from '../graphql/errors.ts';
import type { Models } from '../models/index.ts';
import { isDuplicateKey } from '../models/index.ts';
import type { WebhookDoc } from '../models/webhook.model.ts';
import type { WebhookDelivery } from '../models/webhook-delivery.model.ts';
import { UnsafeAddressError } from '../webhooks/address-guard.ts';
import {
  type EventResponse,
  eventId,
  eventResponse,
  jsonPayload,
  type WebhookEventKind,
} from '../webhooks/events.ts';
import { FAILING_AFTER_MS, nextAttemptAt } from '../webhooks/schedule.ts';
import { sendWebhook } from '../webhooks/send.ts';
import { signedHeaders } from '../webhooks/signing.ts';
import { slackPayload } from '../webhooks/slack.ts';
import type { Stored } from './ingest.ts';
import { every } from './periodic.ts';
import type { WebhookOutbox } from './webhook-outbox.ts';
import type { WebhookService } from './webhooks.ts';

/** Longer than an attempt can take (10 s): a claim this old was left by an instance that died mid-attempt. */
const STALE_CLAIM_MS = 15_000;
/** Deliveries attempted at once by one instance. */
const AT_ONCE = 16;
const EVERY_MS = 1_000;

/** How often the housekeeping instance looks for detractors gone overdue. */
const OVERDUE_EVERY_MS = 60_000;
/** Detractors older than their subscription's hours by more than this are not announced any more (a new subscription). */
const OVERDUE_HORIZON_MS = 7 * 86_400_000;
/** Deliveries are kept this long for the log (they carry the answer, comment included), then deleted. */
export const DELIVERY_LOG_MS = 30 * 86_400_000;
const HOUR_MS = 3_600_000;

export interface DeliveryOptions {
  /** This API instance, as claims name their holder. */
  readonly holder: string;
  readonly allowPrivate: boolean;
  readonly log: (line: string) => void;
  readonly timeoutMs?: number;
  /** When to try again after a failure (tests shorten it); the real schedule by default. */
  readonly retryAt?: typeof nextAttemptAt;
  /** Whether this instance does the housekeeping (one at a time): the overdue scan runs there. */
  readonly janitor?: () => boolean;
  /** Where people reach the dashboard (`<publicUrl>/dashboard`), for the links in Slack messages. */
  readonly publicUrl?: string;
}

type Outcome = { status: number } | { error: string };

const encodeCursor = (delivery: WebhookDelivery) =>
  Buffer.from(JSON.stringify([delivery.at.getTime(), delivery._id])).toString('base64url');

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'number' && typeof id === 'string') return { at: new Date(at), id };
  } catch {}
  throw new BadUserInputError('after is not a cursor this API gave out.', 'after');
}

/**
 * Sends the stored events (`webhook_deliveries`) to their subscriptions, on every instance: each attempt of each
 * delivery is claimed by exactly one instance (`webhook_claims`), signed per Standard Webhooks, sent through the
 * address guard, and recorded. 2xx: delivered. 410: the subscription is disabled. Anything else, or no answer:
 * tried again on the backoff schedule for 72 hours; a subscription with no success for a day is marked failing.
 */
export function createWebhookDelivery(
  models: Models,
  webhooks: WebhookService,
  outbox: WebhookOutbox,
  options: DeliveryOptions,
) {
  const { holder, allowPrivate, log, timeoutMs, retryAt = nextAttemptAt, janitor = () => true } = options;
  const dashboardUrl = new URL('/dashboard', options.publicUrl ?? 'http://127.0.0.1:4000').href;
  let jobs: { stop(): void }[] = [];

  /**
   * Writes `DETRACTOR_OVERDUE` for every detractor not followed up within a subscription's `overdueHours` (its id from
   * the answer: written once however often this runs, on whichever instance). Returns how many events it wrote.
   */
  async function scanOverdue(now = new Date()): Promise<number> {
    const subscriptions = await models.Webhook.find(
      { events: 'DETRACTOR_OVERDUE', enabled: true },
      { survey: 1, overdueHours: 1 },
    ).lean<{ _id: Types.ObjectId; survey: Types.ObjectId; overdueHours: number }[]>();
    let written = 0;
    for (const hours of new Set(subscriptions.map((s) => s.overdueHours))) {
      const due = new Date(now.getTime() - hours * HOUR_MS);
      const surveys = [
        ...new Set(subscriptions.filter((s) => s.overdueHours === hours).map((s) => String(s.survey))),
      ];
      for (const survey of surveys) {
        const overdue = await models.Response.find({
          survey,
          category: 'DETRACTOR',
          followUp: null,
          createdAt: { $lte: due, $gt: new Date(due.getTime() - OVERDUE_HORIZON_MS) },
        }).lean<Stored[]>();
        for (const response of overdue) {
          written += await outbox.emit(
            response.survey,
            'DETRACTOR_OVERDUE',
            response._id,
            eventResponse(response),
            now,
            { dueAt: new Date(response.createdAt.getTime() + 24 * HOUR_MS) },
            (subscription) => subscription.overdueHours === hours,
          );
        }
      }
    }
    return written;
  }

  async function claim(delivery: WebhookDelivery, now: Date): Promise<boolean> {
    const id = `${delivery._id}#${delivery.attempts + 1}`;
    try {
      await models.WebhookClaim.create({ _id: id, holder, at: now });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const held = await models.WebhookClaim.findById(id).lean<{ holder: string; at: Date }>();
    if (held && held.at.getTime() < now.getTime() - STALE_CLAIM_MS) {
      await models.WebhookClaim.deleteOne({ _id: id, holder: held.holder });
    }
    return false;
  }

  async function send(delivery: WebhookDelivery, now: Date): Promise<Outcome | 'gone'> {
    const webhook = await models.Webhook.findById(delivery.webhook);
    if (!webhook || !webhook.enabled) return 'gone';
    const kind = delivery.event as WebhookEventKind;
    const data = delivery.data as { surveyId: string; response: EventResponse };
    let payload: string;
    if (webhook.format === 'SLACK') {
      const survey = await models.Survey.findById(delivery.survey, { brand: 1, defaultLanguage: 1 }).lean();
      payload = slackPayload(kind, data.response, {
        brand: survey?.brand ?? '',
        language: survey?.defaultLanguage ?? 'en',
        dashboardUrl,
        overdueHours: webhook.overdueHours,
      });
    } else {
      payload = jsonPayload(kind, delivery.at, data);
    }
    // Signed at the time it is really sent: receivers check the timestamp against their clock.
    const headers = signedHeaders(
      delivery.eventId,
      new Date(),
      payload,
      webhooks.signingSecrets(webhook, now),
    );
    try {
      const sent = await sendWebhook(webhook.url, payload, headers, {
        allowPrivate,
        ...(timeoutMs && { timeoutMs }),
      });
      return { status: sent.status };
    } catch (error) {
      if (error instanceof UnsafeAddressError) return { error: `address refused: ${error.message}` };
      const { name, code } = error as { name?: string; code?: string };
      return {
        error: code ?? (name === 'AbortError' || name === 'TimeoutError' ? 'timeout' : (name ?? 'error')),
      };
    }
  }

  /** One attempt of one delivery, if this instance wins its claim. */
  async function attempt(delivery: WebhookDelivery, now = new Date()): Promise<void> {
    if (!(await claim(delivery, now))) return;
    const outcome = await send(delivery, now);
    const attempts = delivery.attempts + 1;
    if (outcome === 'gone') {
      await models.WebhookDelivery.updateOne(
        { _id: delivery._id },
        {
          $set: {
            status: 'FAILED',
            attempts,
            lastError: 'the subscription is deleted or disabled',
            nextAttemptAt: null,
          },
        },
      );
      return;
    }
    const status = 'status' in outcome ? outcome.status : null;
    const error = 'error' in outcome ? outcome.error : status === null ? null : `HTTP ${status}`;
    if (status !== null && status >= 200 && status < 300) {
      await models.WebhookDelivery.updateOne(
        { _id: delivery._id },
        {
          $set: {
            status: 'DELIVERED',
            attempts,
            lastStatus: status,
            lastError: null,
            nextAttemptAt: null,
            deliveredAt: now,
          },
        },
      );
      await models.Webhook.updateOne(
        { _id: delivery.webhook },
        { $set: { lastDeliveredAt: now, failingSince: null } },
      );
      return;
    }
    if (status === 410) {
      await models.WebhookDelivery.updateOne(
        { _id: delivery._id },
        {
          $set: {
            status: 'FAILED',
            attempts,
            lastStatus: status,
            lastError: 'HTTP 410: the receiver is gone',
            nextAttemptAt: null,
          },
        },
      );
      await models.Webhook.updateOne({ _id: delivery.webhook }, { $set: { enabled: false } });
      log(`webhook ${delivery.webhook} disabled: its receiver answered 410`);
      return;
    }
    const next = retryAt(attempts, delivery.at, now);
    await models.WebhookDelivery.updateOne(
      { _id: delivery._id },
      {
        $set: {
          status: next ? 'PENDING' : 'FAILED',
          attempts,
          lastStatus: status,
          lastError: error,
          nextAttemptAt: next ?? null,
        },
      },
    );
    const webhook = await models.Webhook.findById(delivery.webhook, {
      lastDeliveredAt: 1,
      createdAt: 1,
      failingSince: 1,
    });
    const since = webhook?.lastDeliveredAt ?? webhook?.createdAt;
    if (webhook && !webhook.failingSince && since && now.getTime() - since.getTime() > FAILING_AFTER_MS) {
      await models.Webhook.updateOne({ _id: delivery.webhook }, { $set: { failingSince: now } });
    }
  }

  /**
   * Attempts the deliveries that are due, `AT_ONCE` at a time, until none is left (a burst of answers is a burst of
   * events); returns how many were attempted. Those another instance claimed are skipped, and left to it.
   */
  async function runDue(now = new Date()): Promise<number> {
    let attempted = 0;
    const tried = new Set<string>();
    for (;;) {
      const due = (
        await models.WebhookDelivery.find({ status: 'PENDING', nextAttemptAt: { $lte: now } })
          .sort({ nextAttemptAt: 1 })
          // Room for those claimed by other instances (still pending), which are skipped; when they fill it, the
          // next tick goes on.
          .limit(AT_ONCE * 4)
          .lean<WebhookDelivery[]>()
      )
        .filter((delivery) => !tried.has(delivery._id))
        .slice(0, AT_ONCE);
      if (!due.length) return attempted;
      for (const delivery of due) tried.add(delivery._id);
      await Promise.all(
        due.map((delivery) =>
          attempt(delivery, now).catch((error: Error) =>
            log(`webhook delivery ${delivery._id}: ${error.message}`),
          ),
        ),
      );
      attempted += due.length;
    }
  }

  return {
    runDue,
    attempt,

    /** A subscription's deliveries, newest first, `first` (at most 100) after the cursor `after`. */
    async list(webhook: WebhookDoc, first: number, after: string | null | undefined) {
      if (!Number.isInteger(first) || first < 1 || first > 100) {
        throw new BadUserInputError('first must be a whole number from 1 to 100.', 'first');
      }
      const query: Record<string, unknown> = { webhook: webhook._id };
      if (after) {
        const { at, id } = decodeCursor(after);
        query['$or'] = [{ at: { $lt: at } }, { at, _id: { $lt: id } }];
      }
      const page = await models.WebhookDelivery.find(query)
        .sort({ at: -1, _id: -1 })
        .limit(first + 1)
        .lean<WebhookDelivery[]>();
      const edges = page.slice(0, first).map((node) => ({ cursor: encodeCursor(node), node }));
      return {
        edges,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },

    /** Sends a subscription a signed test event (an answer of 9, "test") now; returns its delivery after the attempt. */
    async test(webhook: WebhookDoc, now = new Date()): Promise<WebhookDelivery> {
      const id = eventId('RESPONSE_CREATED', `test\n${webhook._id}\n${now.getTime()}`);
      const delivery: WebhookDelivery = {
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
          },
        },
        response: null,
        at: now,
        status: 'PENDING',
        attempts: 0,
        lastStatus: null,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: null,
      };
      // Not picked up by the worker (no next attempt): tried once, here.
      await models.WebhookDelivery.collection.insertOne(delivery as never);
      await attempt(delivery, now);
      const done = await models.WebhookDelivery.findById(delivery._id).lean<WebhookDelivery>();
      if (done?.status === 'PENDING') {
        await models.WebhookDelivery.updateOne(
          { _id: delivery._id },
          { $set: { status: 'FAILED', nextAttemptAt: null } },
        );
      }
      return (await models.WebhookDelivery.findById(delivery._id).lean<WebhookDelivery>()) ?? delivery;
    },

    /** Delivers one of a subscription's events again, now, with the same id; returns it after the attempt. */
    async redeliver(webhook: WebhookDoc, deliveryId: string, now = new Date()): Promise<WebhookDelivery> {
      const found = await models.WebhookDelivery.findById(deliveryId).lean<WebhookDelivery>();
      if (!found || !found.webhook.equals(webhook._id)) throw new NotFoundError(`No delivery ${deliveryId}.`);
      await models.WebhookDelivery.updateOne(
        { _id: deliveryId },
        { $set: { status: 'PENDING', nextAttemptAt: now } },
      );
      await attempt({ ...found, status: 'PENDING', nextAttemptAt: now }, now);
      return (await models.WebhookDelivery.findById(deliveryId).lean<WebhookDelivery>()) ?? found;
    },

    scanOverdue,

    start(): void {
      if (jobs.length) return;
      jobs = [
        every(EVERY_MS, () => runDue(), log, 'delivering webhooks'),
        every(
          OVERDUE_EVERY_MS,
          async () => janitor() && scanOverdue(),
          log,
          'looking for overdue detractors',
        ),
      ];
    },

    stop(): void {
      for (const job of jobs) job.stop();
      jobs = [];
    },
  };
}

export type WebhookDeliveryService = ReturnType<typeof createWebhookDelivery>;
