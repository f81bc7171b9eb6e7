import type { Stored } from '../../ingest/stored.ts';
import { LEASE_MS } from '../../ingest/writer-lease.ts';
import { findByIds, insertNew } from '../../models/index.ts';
import type { Delivery, Parcel } from '../../models/webhook-delivery.model.ts';
import { eventData, type WebhookEventKind } from '../events.ts';
import { whole } from './parcels.ts';
import type { DeliveryState } from './state.ts';

/**
 * Longer than a claimed parcel can take (its sends started within `BUDGET_MS`, each over within 10 s): a claim this
 * old was left by an instance stuck or dead, and another instance sends the parcel. A dead one's claims go sooner,
 * with its writer lease (5 s).
 */
export const STALE_CLAIM_MS = 60_000;

/**
 * Claims parcels; returns those won. A claim stays after its parcel is done (until `STALE_CLAIM_MS`), so that an
 * instance that read the parcel before it was done cannot claim it again: parcels are read at most
 * `QUEUED_MS` before they are claimed.
 */
export async function claim(d: DeliveryState, candidates: readonly Parcel[]): Promise<Parcel[]> {
  const at = new Date();
  const lost = await insertNew(
    d.models.WebhookClaim.collection,
    candidates.map((parcel) => ({ _id: parcel._id, holder: d.holder, at })),
  );
  return candidates.filter((_, i) => !lost.has(i));
}

/**
 * Claims left by an instance that died (or is stuck) mid-parcel: deleted, so that another sends the parcel. A
 * holder missing from `live` may also be an instance that started after `live` was read (it is read every second
 * or two): only its claims older than a lease are taken for dead, by when any live holder is in every view.
 */
export async function dropStaleClaims(d: DeliveryState, live: readonly string[]): Promise<void> {
  const now = Date.now();
  await d.models.WebhookClaim.deleteMany({
    $or: [
      { holder: { $nin: live }, at: { $lt: new Date(now - LEASE_MS) } },
      { at: { $lt: new Date(now - STALE_CLAIM_MS) } },
    ],
  });
}

/**
 * The answers erased lately (`webhook_tombstones`, kept an hour: longer than any delivery is in flight): their
 * deliveries are neither sent nor recorded, wherever they are (a parcel this instance holds in memory).
 */
export async function erasedAnswers(d: DeliveryState): Promise<Set<string>> {
  const tombstones = await d.models.WebhookTombstone.find({}, { _id: 1 }).lean<{ _id: string }[]>();
  return new Set(tombstones.map(({ _id }) => _id));
}

/**
 * A claimed parcel's deliveries as they are to be sent: those of answers not erased, each with its data, read
 * again from its answer when the parcel came without it (taken over from another instance).
 */
export async function prepare(d: DeliveryState, parcels: readonly Parcel[]): Promise<Delivery[]> {
  const erased = await erasedAnswers(d);
  const deliveries = parcels.flatMap(whole).filter((delivery) => !erased.has(delivery.response ?? ''));
  const bare = [...new Set(deliveries.filter((x) => !x.data && x.response).map((x) => x.response as string))];
  if (!bare.length) return deliveries;
  const answers = await findByIds<Stored>(d.models.Response, bare);
  return deliveries.flatMap((delivery) => {
    if (delivery.data) return [delivery];
    const answer = answers.get(delivery.response ?? '');
    return answer ? [{ ...delivery, data: eventData(delivery.event as WebhookEventKind, answer) }] : [];
  });
}
