import type { Types } from 'mongoose';
import type { Models } from '../models/index.ts';
import type { Webhook } from '../models/webhook.model.ts';
import { type EventResponse, eventId, type WebhookEventKind } from '../webhooks/events.ts';

/** How long a survey's subscriptions are read from memory: a change on another instance shows within this. */
const SUBSCRIPTIONS_MS = 1_000;

export type Subscription = Pick<Webhook, 'events' | 'filter' | 'enabled' | 'overdueHours'> & {
  _id: Types.ObjectId;
};

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

/**
 * Events, written to `webhook_deliveries` (one per subscription that wants it) before the answer that caused them is
 * acknowledged: the delivery worker sends them from there. The same cause makes the same ids, so writing an event
 * again (a resubmit, a retry after a failure) stores nothing more.
 */
export function createWebhookOutbox(models: Models) {
  const subscriptions = new Map<string, { list: Subscription[]; until: number }>();

  async function subscriptionsOf(survey: Types.ObjectId): Promise<Subscription[]> {
    const key = String(survey);
    const cached = subscriptions.get(key);
    if (cached && cached.until > Date.now()) return cached.list;
    const list = await models.Webhook.find(
      { survey },
      { events: 1, filter: 1, enabled: 1, overdueHours: 1 },
    ).lean<Subscription[]>();
    subscriptions.set(key, { list, until: Date.now() + SUBSCRIPTIONS_MS });
    return list;
  }

  return {
    /**
     * Writes the event for every subscription of the survey that wants it (`only` narrows them); resolves once they are
     * stored, with how many were new.
     */
    async emit(
      survey: Types.ObjectId,
      kind: WebhookEventKind,
      cause: string,
      response: EventResponse,
      at = new Date(),
      extra: { dueAt?: Date } = {},
      only: (subscription: Subscription) => boolean = () => true,
    ): Promise<number> {
      const wanting = (await subscriptionsOf(survey)).filter(
        (subscription) => wants(subscription, kind, response) && only(subscription),
      );
      if (!wanting.length) return 0;
      const id = eventId(kind, cause);
      const data = { surveyId: String(survey), response, ...extra };
      const docs = wanting.map((subscription) => ({
        _id: `${subscription._id}:${id}`,
        webhook: subscription._id,
        survey,
        event: kind,
        eventId: id,
        data,
        response: response.id,
        at,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: at,
      }));
      try {
        await models.WebhookDelivery.collection.insertMany(docs as never[], { ordered: false });
      } catch (error) {
        // Made before (the same cause again): those are stored already. Anything else fails the answer's request.
        const { writeErrors } = error as { writeErrors?: { code: number }[] | { code: number } };
        const errors = writeErrors === undefined ? [] : [writeErrors].flat();
        if (!errors.length || errors.some((e) => e.code !== 11000)) throw error;
        return docs.length - errors.length;
      }
      return docs.length;
    },

    /** Forgets the cached subscriptions (after this instance changed them). */
    forget(survey: Types.ObjectId): void {
      subscriptions.delete(String(survey));
    },
  };
}

export type WebhookOutbox = ReturnType<typeof createWebhookOutbox>;
