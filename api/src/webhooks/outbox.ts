import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Stored } from '../ingest/stored.ts';
import type { Models } from '../models/index.ts';
import type { Webhook } from '../models/webhook.model.ts';
import type { Delivery, Parcel, StoredDelivery } from '../models/webhook-delivery.model.ts';
import { type EventResponse, eventData, eventId, eventResponse, type WebhookEventKind } from './events.ts';

/** How long a survey's subscriptions are read from memory: a change on another instance shows within this. */
const SUBSCRIPTIONS_MS = 1_000;
const HOUR_MS = 3_600_000;
/** Deliveries in one parcel at most: one parcel is sent within one claim. */
const PARCEL_SIZE = 500;
/**
 * How long the instance that stored a parcel has to send it from memory before another instance takes it over
 * (and reads its answers again): longer than a parcel waits for its turn to be sent.
 */
export const TAKEOVER_MS = 30_000;

export type Subscription = Pick<
  Webhook,
  'events' | 'filter' | 'enabled' | 'overdueHours' | 'pausedUntil' | 'backlog'
> & {
  _id: Types.ObjectId;
};

type ParcelModel = Models['OutboxParcel'];

function wants(subscription: Subscription, kind: WebhookEventKind, response: EventResponse): boolean {
  const { categories, languages, markets } = subscription.filter ?? {};
  return (
    subscription.enabled &&
    subscription.events.includes(kind) &&
    (!categories?.length || categories.includes(response.category as never)) &&
    (!languages?.length || languages.includes(response.language)) &&
    (!markets?.length || (response.market !== null && markets.includes(response.market)))
  );
}

/** Deliveries packed into parcels: one subscription's, at most `PARCEL_SIZE` each, due at the latest one's time. */
export function parcels(deliveries: readonly Delivery[]): Parcel[] {
  const bySubscription = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    const key = String(delivery.webhook);
    const mine = bySubscription.get(key);
    if (mine) mine.push(delivery);
    else bySubscription.set(key, [delivery]);
  }
  return [...bySubscription.values()].flatMap((mine) => {
    const packed: Parcel[] = [];
    for (let i = 0; i < mine.length; i += PARCEL_SIZE) {
      const some = mine.slice(i, i + PARCEL_SIZE);
      const due = new Date(Math.max(...some.map((delivery) => delivery.at.getTime())));
      packed.push({ _id: randomUUID(), webhook: some[0]?.webhook as Types.ObjectId, due, deliveries: some });
    }
    return packed;
  });
}

/**
 * Takes deliveries out of the parcels that hold them (`filter` finds the parcels, `drop` the deliveries): a parcel
 * left empty is deleted, the others written again without them. Returns how many were taken out.
 */
export async function dropDeliveries(
  model: ParcelModel,
  filter: Record<string, unknown>,
  drop: (delivery: StoredDelivery) => boolean,
): Promise<number> {
  let dropped = 0;
  for (const parcel of await model.find(filter).lean<Parcel[]>()) {
    const kept = parcel.deliveries.filter((delivery) => !drop(delivery));
    dropped += parcel.deliveries.length - kept.length;
    if (!kept.length) await model.deleteOne({ _id: parcel._id });
    else if (kept.length < parcel.deliveries.length) {
      await model.collection.replaceOne(
        { _id: parcel._id } as never,
        { ...parcel, deliveries: kept } as never,
      );
    }
  }
  return dropped;
}

/** Takes every delivery of these answers out of the parcels and the log (an erasure, or a send recorded meanwhile). */
export async function forgetAnswers(models: Models, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const erased = new Set(ids);
  for (const model of [models.OutboxParcel, models.BacklogParcel, models.ScheduledParcel]) {
    await dropDeliveries(model, { 'deliveries.response': { $in: ids } }, (delivery) =>
      erased.has(delivery.response ?? ''),
    );
  }
  await models.WebhookDelivery.deleteMany({ response: { $in: ids } });
}

/**
 * Makes webhook events, one delivery per subscription that wants the event, and stores them in parcels. The same
 * cause makes the same ids. The events of a new answer or a changed comment are only made here: the ingest writer
 * stores them with the answer's counts (`store`), before nothing can lose them.
 */
export class WebhookOutbox {
  readonly #models: Models;
  /** This instance, as the parcels it sends from memory name it. */
  readonly #holder: string;
  /** Each survey's subscriptions, read lately. */
  readonly #subscriptions = new Map<string, { list: Promise<Subscription[]>; until: number }>();
  readonly #listeners: ((stored: readonly Parcel[]) => void)[] = [];

  constructor(models: Models, { holder }: { holder: string }) {
    this.#models = models;
    this.#holder = holder;
  }

  /** A new answer's events: `RESPONSE_CREATED` now, and a detractor's `DETRACTOR_OVERDUE` for later. */
  async created(answer: Stored): Promise<Delivery[]> {
    const created = await this.#make('RESPONSE_CREATED', answer, answer._id, answer.createdAt);
    if (answer.category !== 'DETRACTOR') return created;
    const overdue = await this.#make(
      'DETRACTOR_OVERDUE',
      answer,
      answer._id,
      (subscription) => new Date(answer.createdAt.getTime() + subscription.overdueHours * HOUR_MS),
    );
    return [...created, ...overdue];
  }

  /** A comment change's event (`change` names it). */
  commented(answer: Stored, change: string, now = new Date()): Promise<Delivery[]> {
    return this.#make('RESPONSE_COMMENTED', answer, `${answer._id}\n${change}`, now);
  }

  /** A follow-up recorded: its event, stored now (the request waits for it). */
  async followedUp(answer: Stored, now = new Date()): Promise<void> {
    await this.store(await this.#make('FOLLOW_UP_RECORDED', answer, answer._id, now), now);
  }

  /**
   * Stores deliveries, those for later apart. Those due now are stored without their data, due for the other
   * instances after `TAKEOVER_MS`: the listeners (this instance's worker) get them whole, and send them at once.
   */
  async store(deliveries: readonly Delivery[], now = new Date()): Promise<void> {
    const models = this.#models;
    const later = parcels(deliveries.filter((delivery) => delivery.at > now));
    const paused = await this.#pausedAt(deliveries, now);
    const resting = new Set(paused.map((subscription) => String(subscription._id)));
    const waiting = parcels(deliveries.filter((d) => d.at <= now && resting.has(String(d.webhook))));
    const due = parcels(deliveries.filter((d) => d.at <= now && !resting.has(String(d.webhook))));
    if (later.length) await models.ScheduledParcel.collection.insertMany(later as never[]);
    if (waiting.length) {
      await this.backlog(waiting, new Set(paused.filter((s) => s.backlog).map((s) => String(s._id))));
    }
    if (!due.length) return;
    const takeover = new Date(now.getTime() + TAKEOVER_MS);
    // What another instance needs to send them again (see `whole` in delivery/parcels.ts): the least, for it is
    // written before every acknowledgement.
    const stubs = due.map((parcel) => ({
      ...parcel,
      holder: this.#holder,
      due: takeover,
      deliveries: parcel.deliveries.map(({ _id, survey, event, response, at }) => ({
        _id,
        survey,
        event,
        response,
        at,
      })),
    }));
    await models.OutboxParcel.collection.insertMany(stubs as never[]);
    for (const listener of this.#listeners) listener(due);
  }

  /**
   * Parcels for subscriptions whose receiver is down, with their data: read when each is tried again (its `backlog`
   * flag says so; `flagged`: those known to have it set already).
   */
  async backlog(waiting: readonly Parcel[], flagged: ReadonlySet<string> = new Set()): Promise<void> {
    await this.#models.BacklogParcel.collection.insertMany(waiting as never[]);
    const webhooks = [...new Set(waiting.map((parcel) => String(parcel.webhook)))].filter(
      (id) => !flagged.has(id),
    );
    if (!webhooks.length) return;
    await this.#models.Webhook.updateMany(
      { _id: { $in: webhooks }, backlog: { $ne: true } },
      { $set: { backlog: true } },
    );
  }

  /** An answer's comment changed: its `DETRACTOR_OVERDUE` not yet due will carry it. */
  async refreshOverdue(answer: Stored, now = new Date()): Promise<void> {
    if (answer.category !== 'DETRACTOR') return;
    const subscribed = await this.#subscriptionsOf(answer.survey);
    if (!subscribed.some((subscription) => subscription.events.includes('DETRACTOR_OVERDUE'))) return;
    const response = eventResponse(answer);
    const scheduled = this.#models.ScheduledParcel;
    for (const parcel of await scheduled
      .find({ 'deliveries.response': answer._id, due: { $gt: now } })
      .lean<Parcel[]>()) {
      const deliveries = parcel.deliveries.map((delivery) =>
        delivery.response === answer._id && delivery.data
          ? { ...delivery, data: { ...delivery.data, response } }
          : delivery,
      );
      await scheduled.collection.replaceOne({ _id: parcel._id } as never, { ...parcel, deliveries } as never);
    }
  }

  /** A follow-up recorded: the answer's `DETRACTOR_OVERDUE` will not be sent. */
  async cancelOverdue(response: string): Promise<void> {
    await dropDeliveries(
      this.#models.ScheduledParcel,
      { 'deliveries.response': response },
      (delivery) => delivery.response === response,
    );
  }

  /** Calls `listener` with the parcels due now that this instance stores. */
  onStored(listener: (stored: readonly Parcel[]) => void): void {
    this.#listeners.push(listener);
  }

  /** Forgets the cached subscriptions (after this instance changed them). */
  forget(survey: Types.ObjectId): void {
    this.#subscriptions.delete(String(survey));
  }

  /** A survey's subscriptions, read from memory for a second. */
  #subscriptionsOf(survey: Types.ObjectId): Promise<Subscription[]> {
    const key = String(survey);
    const cached = this.#subscriptions.get(key);
    if (cached && cached.until > Date.now()) return cached.list;
    // One read for all the answers that find it missing at once (a burst), not one each.
    const list = this.#models.Webhook.find(
      { survey },
      { events: 1, filter: 1, enabled: 1, overdueHours: 1, pausedUntil: 1, backlog: 1 },
    )
      .lean<Subscription[]>()
      .exec();
    this.#subscriptions.set(key, { list, until: Date.now() + SUBSCRIPTIONS_MS });
    list.catch(() => this.#subscriptions.delete(key));
    return list;
  }

  /** The deliveries of an answer's event (`cause` makes its id) to the subscriptions that want it, as of `at`. */
  async #make(
    kind: WebhookEventKind,
    answer: Stored,
    cause: string,
    at: Date | ((subscription: Subscription) => Date),
  ): Promise<Delivery[]> {
    const id = eventId(kind, cause);
    const data = eventData(kind, answer);
    return (await this.#subscriptionsOf(answer.survey))
      .filter((subscription) => wants(subscription, kind, data.response))
      .map((subscription) => ({
        _id: `${subscription._id}:${id}`,
        webhook: subscription._id,
        survey: answer.survey,
        event: kind,
        eventId: id,
        data,
        response: answer._id,
        at: typeof at === 'function' ? at(subscription) : at,
        attempts: 0,
        lastStatus: null,
        lastError: null,
      }));
  }

  /** The subscriptions of these deliveries that are paused (their receiver down), as last read. */
  async #pausedAt(deliveries: readonly Delivery[], now: Date): Promise<Subscription[]> {
    const surveys = new Map(deliveries.map((delivery) => [String(delivery.survey), delivery.survey]));
    const lists = await Promise.all([...surveys.values()].map((survey) => this.#subscriptionsOf(survey)));
    return lists.flat().filter((subscription) => subscription.pausedUntil && subscription.pausedUntil > now);
  }
}

export const createWebhookOutbox = (models: Models, options: { holder: string }) =>
  new WebhookOutbox(models, options);
