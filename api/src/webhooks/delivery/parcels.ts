import type { Delivery, Parcel, WebhookDelivery } from '../../models/webhook-delivery.model.ts';

/**
 * A parcel's deliveries whole: one stored by `store` for its instance to send from memory holds the least (id,
 * survey, event, answer, time); the rest is known from the parcel and the id, or read from the answer (`prepare`).
 */
export function whole(parcel: Parcel): Delivery[] {
  return parcel.deliveries.map((delivery) => ({
    webhook: parcel.webhook,
    eventId: delivery._id.slice(delivery._id.indexOf(':') + 1),
    attempts: 0,
    lastStatus: null,
    lastError: null,
    ...delivery,
  }));
}

/** A delivery as listed while it waits to be tried at `nextAttemptAt`. */
export const waiting = (delivery: Delivery, nextAttemptAt: Date): WebhookDelivery => ({
  ...delivery,
  status: 'PENDING',
  nextAttemptAt,
  deliveredAt: null,
});

/** A delivery given up unsent, at `now`. */
export const givenUp = (delivery: Delivery, now: Date): WebhookDelivery => ({
  ...waiting(delivery, now),
  status: 'FAILED',
  nextAttemptAt: null,
  lastError: `${delivery.lastError ?? 'not sent'}; given up after 72 hours`,
});

/** Runs `task` over `items`, `limit` at a time, starting none once `stop()` says so; undefined for those not run. */
export async function pool<T, R>(
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
