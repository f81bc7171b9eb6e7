import { isDuplicateKey, type Models } from '../models/index.ts';
import { leaseId, type WriterLease } from '../models/writer-lease.model.ts';

/** How long a lease lasts without renewal: a killed instance's slot is taken over this long after its last renewal. */
export const LEASE_MS = 5_000;
/** How often the holder renews. */
export const RENEW_EVERY_MS = 1_000;
/**
 * The holder stops writing this long before its lease would expire by its own clock, so that it never writes after
 * another instance may have taken the slot (instances' clocks are assumed within this of each other).
 */
const FENCE_MS = 1_500;
/** More instances than this writing to one database at once is refused at start. */
export const MAX_SLOTS = 64;

/** The lease has expired, or another instance holds the slot now: this instance must not write the slot's counts. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

export class NoFreeSlotError extends Error {
  override name = 'NoFreeSlotError';
}

/** The right to write one slot's counts, held by this instance until released or lost. */
export interface Lease {
  readonly slot: number;
  readonly epoch: number;
  /** The last count delta of the slot whose cells are all written. */
  readonly seq: number;
  /** Whether the previous holder stopped without releasing it: its unfinished writes need repair. */
  readonly abandoned: boolean;
  /** Throws `LeaseLostError` unless this instance may still write (checked before every write). */
  assertHeld(): void;
  /** Whether this instance may still write: no other instance can have claimed the slot meanwhile. */
  isHeld(): boolean;
  /** Records that the cells of delta `seq` are all written, and renews. */
  advance(seq: number): Promise<void>;
  /** Renews, and finds out whether another instance took the slot. */
  renew(): Promise<void>;
  /** Lets go in order: the next holder has nothing to repair. */
  release(): Promise<void>;
}

/** A lease this instance holds: it knows when its own clock says the lease runs out, and whether it was taken. */
class HeldLease implements Lease {
  readonly slot: number;
  readonly epoch: number;
  readonly abandoned: boolean;
  readonly #models: Models;
  readonly #id: string;
  #validUntil: number;
  #lost = false;
  #seq: number;
  /**
   * The holder's writes to its lease, one at a time: FerretDB 1.x updates a document by reading and writing it
   * whole, so a renewal running beside an `advance` could put back the older `seq`, and readers would count a
   * delta twice.
   */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(
    models: Models,
    slot: number,
    epoch: number,
    seq: number,
    renewedAt: number,
    abandoned: boolean,
  ) {
    this.#models = models;
    this.slot = slot;
    this.epoch = epoch;
    this.abandoned = abandoned;
    this.#id = leaseId(slot, epoch);
    this.#validUntil = renewedAt + LEASE_MS - FENCE_MS;
    this.#seq = seq;
  }

  get seq(): number {
    return this.#seq;
  }

  assertHeld(): void {
    if (this.#lost) throw new LeaseLostError(`writer slot ${this.slot} was taken over by another instance`);
    if (Date.now() >= this.#validUntil)
      throw new LeaseLostError(`the lease on writer slot ${this.slot} has run out`);
  }

  isHeld(): boolean {
    return !this.#lost && Date.now() < this.#validUntil;
  }

  async advance(next: number): Promise<void> {
    this.assertHeld();
    await this.#serial(async () => {
      await this.#extend(next);
      this.#seq = next;
    });
  }

  async renew(): Promise<void> {
    if (!this.#lost) await this.#serial(() => this.#extend(this.#seq));
  }

  async release(): Promise<void> {
    this.#lost = true;
    await this.#serial(() =>
      this.#models.WriterLease.updateOne(
        { _id: this.#id },
        { $set: { released: true, expiresAt: new Date(0) } },
      ),
    );
  }

  #serial<T>(write: () => Promise<T>): Promise<T> {
    const result = this.#writing.then(write, write);
    this.#writing = result.catch(() => {});
    return result;
  }

  /** Renews from a time taken before the write (the lease runs at least that long), recording `seq`. */
  async #extend(seq: number): Promise<void> {
    const startedAt = Date.now();
    const [taken] = await Promise.all([
      this.#models.WriterLease.exists({ _id: leaseId(this.slot, this.epoch + 1) }),
      this.#models.WriterLease.updateOne(
        { _id: this.#id },
        { $set: { seq, expiresAt: new Date(startedAt + LEASE_MS) } },
      ),
    ]);
    if (taken) this.#lost = true;
    else this.#validUntil = startedAt + LEASE_MS - FENCE_MS;
  }
}

/** Writer slots handed out through `writer_leases` (see the model): claimed, renewed, released. */
export function createLeases(models: Models, holder: string) {
  /** As of the last `current()`: how many slots are held, and whether this instance holds the lowest of them. */
  let view = { live: 1, janitor: true };
  /** As of the last `current()` (and when): the instances holding a slot. */
  let holders = { read: 0, live: new Set<string>([holder]) };

  /** The newest lease of each slot. */
  async function current(): Promise<Map<number, WriterLease>> {
    const docs = await models.WriterLease.find().lean<WriterLease[]>();
    const newest = new Map<number, WriterLease>();
    for (const doc of docs) {
      const seen = newest.get(doc.slot);
      if (!seen || seen.epoch < doc.epoch) newest.set(doc.slot, doc);
    }
    const now = Date.now();
    const live = [...newest.values()]
      .filter((lease) => !lease.released && lease.expiresAt.getTime() > now)
      .sort((a, b) => a.slot - b.slot);
    view = { live: Math.max(1, live.length), janitor: live.length === 0 || live[0]?.holder === holder };
    holders = { read: now, live: new Set(live.map((lease) => lease.holder)) };
    return newest;
  }

  /**
   * The instances holding a slot: those alive (an instance that stopped has none within `LEASE_MS`). As the writer's
   * watch last read them (every second), read again only when that is older than two seconds.
   */
  async function liveHolders(): Promise<ReadonlySet<string>> {
    if (Date.now() - holders.read > 2_000) await current();
    return holders.live;
  }

  /** Inserts the slot's next epoch; undefined when another instance inserted it first. */
  async function claim(slot: number, previous: WriterLease | undefined): Promise<Lease | undefined> {
    const epoch = previous ? previous.epoch + 1 : 0;
    const claimedAt = Date.now();
    try {
      await models.WriterLease.create({
        _id: leaseId(slot, epoch),
        slot,
        epoch,
        holder,
        expiresAt: new Date(claimedAt + LEASE_MS),
        seq: previous?.seq ?? 0,
      });
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
    if (previous) await models.WriterLease.deleteOne({ _id: leaseId(slot, previous.epoch) }).catch(() => {});
    return new HeldLease(
      models,
      slot,
      epoch,
      previous?.seq ?? 0,
      claimedAt,
      Boolean(previous && !previous.released),
    );
  }

  return {
    current,
    claim,
    liveHolders,

    /** How many instances hold a slot, as last read (every second, by the writer's watch for stopped instances). */
    get live(): number {
      return view.live;
    },

    /**
     * Whether this instance holds the lowest slot held, as last read: housekeeping that one instance does for all
     * (deleting old deltas and rate counts) runs there alone, and moves on when that instance stops.
     */
    get janitor(): boolean {
      return view.janitor;
    },

    /** Claims the first slot that is free, released or expired; NoFreeSlotError when every slot is held. */
    async claimFree(): Promise<Lease> {
      for (let round = 0; round < 3; round++) {
        const leases = await current();
        const now = Date.now();
        for (let slot = 0; slot < MAX_SLOTS; slot++) {
          const previous = leases.get(slot);
          if (previous && !previous.released && previous.expiresAt.getTime() > now) continue;
          const lease = await claim(slot, previous);
          if (lease) return lease;
        }
      }
      throw new NoFreeSlotError(
        `All ${MAX_SLOTS} writer slots of this database are held: at most ${MAX_SLOTS} API instances can run on it at once.`,
      );
    },
  };
}

export type Leases = ReturnType<typeof createLeases>;
