import { RateLimitedError } from '../errors.ts';
import type { Leases } from '../ingest/writer-lease.ts';
import type { Log } from '../logging.ts';
import type { Models } from '../models/index.ts';
import type { RateCount } from '../models/rate-count.model.ts';
import { type AddressKeys, createAddressKeys } from '../privacy/address-keys.ts';
import { every } from './periodic.ts';

export interface RateLimitOptions {
  /** Public requests per minute from one IP address. */
  readonly perIpPerMinute: number;
  /** Public requests per minute for one site key, from everywhere. */
  readonly perSiteKeyPerMinute: number;
}

/** How often each instance publishes its counts and reads the others'. */
export const SYNC_EVERY_MS = 250;
const MINUTE_MS = 60_000;
/** Keys an instance publishes per minute at most: its largest counts (see `published`). */
const MAX_PUBLISHED = 10_000;

/**
 * Limits for the public operations, which anyone on the internet can call: per IP address (one abuser) and per
 * site key (a distributed flood on one survey), per minute, over all API instances together; and, alike, for
 * sign-in attempts, per address and per account (someone guessing a password).
 *
 * Each instance counts in memory and, every 250 ms, publishes its counts of the minute (`rate_counts`, a document
 * only it writes) and reads the others'. A request is let through while the known total stays under the limit, and
 * while what the others may not have read yet (let through since the last publish but one) stays under this
 * instance's share, limit / (2 × instances): one visitor gets at most 1.5 times the limit from any number of
 * instances, and about the limit in practice, where N instances counting apart would give N times it. (A shared
 * counter document, as rate-limiter-flexible's MongoDB store keeps, would be exact on MongoDB; FerretDB 1.x loses
 * concurrent `$inc`s on one document.) Addresses are counted under their day's keyed hash (`address-keys.ts`):
 * no address is ever written.
 */
export class RateLimits {
  readonly #models: Models;
  readonly #instance: string;
  readonly #leases: Leases;
  /**
   * What each scope limits beside addresses, in keys of its own (a page's visitors do not use up a sign-in's
   * attempts), and in words; all of them counted, published and read in one loop.
   */
  readonly #scopes;
  readonly #addresses: AddressKeys;
  #minute = Math.floor(Date.now() / MINUTE_MS);
  /** This instance's counts of the minute, by key. */
  #local = new Map<string, number>();
  /** What this instance let through since it last published, by key. */
  #unpublished = new Map<string, number>();
  /** What it published last, which the others may not have read yet. */
  #unseen = new Map<string, number>();
  /** The other instances' counts of the minute, as last read. */
  #others = new Map<string, number>();
  #job: { stop(): void } | undefined;

  constructor(
    models: Models,
    instance: string,
    leases: Leases,
    options: RateLimitOptions,
    /** Sign-in attempts per address and per account (`perSiteKeyPerMinute`): 30 and 5 by default. */
    signIn: RateLimitOptions = { perIpPerMinute: 30, perSiteKeyPerMinute: 5 },
  ) {
    this.#models = models;
    this.#instance = instance;
    this.#leases = leases;
    this.#scopes = {
      public: { ip: 'ip', key: 'site', what: 'for this survey', limits: options },
      signIn: { ip: 'signin-ip', key: 'account', what: 'for this account', limits: signIn },
    } as const;
    this.#addresses = createAddressKeys(models);
  }

  /**
   * Counts one request of a scope (a public path, by site key; a sign-in, by account), or throws
   * `RateLimitedError` (with its Retry-After) when over a limit.
   */
  async consume(ip: string, key: string, scope: 'public' | 'signIn' = 'public'): Promise<void> {
    this.#roll(Date.now());
    const { ip: ipKind, key: keyKind, what, limits } = this.#scopes[scope];
    const value = key.slice(0, 64);
    const address = this.#addresses.of(ip);
    this.#take(ipKind, address, 'from this address', limits.perIpPerMinute);
    this.#take(keyKind, value, what, limits.perSiteKeyPerMinute);
    this.#add(`${ipKind}:${address}`);
    this.#add(`${keyKind}:${value}`);
  }

  /**
   * Reads the others' counts, then publishes and reads every 250 ms; the janitor instance (`leases.janitor`) also
   * deletes the minutes gone by.
   */
  async start(log: Log): Promise<void> {
    await this.#addresses.open();
    await this.sync();
    let cleanedAt = 0;
    this.#job = every(
      SYNC_EVERY_MS,
      async () => {
        await this.sync();
        if (!this.#leases.janitor || Date.now() - cleanedAt < MINUTE_MS) return;
        await this.#models.RateCount.deleteMany({ minute: { $lt: this.#minute - 1 } });
        cleanedAt = Date.now();
      },
      log,
      'rate limits',
    );
  }

  stop(): void {
    this.#job?.stop();
  }

  /** Publishes what this instance let through since it last did, and reads the others' counts of the minute. */
  async sync(): Promise<void> {
    this.#roll(Date.now());
    const at = this.#minute;
    const sent = this.#unpublished;
    this.#unpublished = new Map();
    // What was published a whole interval ago has been read by every instance by now; this batch has not.
    this.#unseen = sent;
    try {
      if (sent.size) {
        await this.#models.RateCount.updateOne(
          { _id: `${this.#instance}:${at}` },
          { $set: { instance: this.#instance, minute: at, counts: this.#published() } },
          { upsert: true },
        );
      }
      const docs = await this.#models.RateCount.find({ minute: at }).lean<RateCount[]>();
      if (at !== this.#minute) return;
      const totals = new Map<string, number>();
      for (const doc of docs) {
        if (doc.instance === this.#instance) continue;
        for (const { k, n } of doc.counts) if (k && n) totals.set(k, (totals.get(k) ?? 0) + n);
      }
      this.#others = totals;
    } catch (error) {
      // Not published: still this instance's to account for.
      for (const [key, n] of sent) this.#unpublished.set(key, (this.#unpublished.get(key) ?? 0) + n);
      throw error;
    }
  }

  /**
   * This instance's counts as published: all of them, or past `MAX_PUBLISHED` keys (a flood from many addresses)
   * the largest, so that the document stays small; a key left out is still limited here.
   */
  #published(): { k: string; n: number }[] {
    const entries = [...this.#local];
    if (entries.length > MAX_PUBLISHED) entries.sort((a, b) => b[1] - a[1]).length = MAX_PUBLISHED;
    return entries.map(([k, n]) => ({ k, n }));
  }

  #roll(now: number): void {
    const current = Math.floor(now / MINUTE_MS);
    if (current === this.#minute) return;
    this.#minute = current;
    this.#local = new Map();
    this.#unpublished = new Map();
    this.#unseen = new Map();
    this.#others = new Map();
  }

  #take(kind: string, value: string, what: string, limit: number): void {
    const key = `${kind}:${value}`;
    const total = (this.#local.get(key) ?? 0) + (this.#others.get(key) ?? 0);
    // Each instance holding a writer slot may let through its share before the others hear of it; alone, nothing
    // it lets through is unknown to another.
    const instances = this.#leases.live;
    const share = instances === 1 ? limit : Math.max(1, Math.floor(limit / (2 * instances)));
    const unknown = (this.#unpublished.get(key) ?? 0) + (this.#unseen.get(key) ?? 0);
    if (total >= limit || unknown >= share) {
      const seconds = Math.max(1, Math.ceil(((this.#minute + 1) * MINUTE_MS - Date.now()) / 1000));
      const retry = total >= limit ? seconds : 1;
      throw new RateLimitedError(`Too many requests ${what}; retry in ${retry} s.`, retry);
    }
  }

  #add(key: string): void {
    this.#local.set(key, (this.#local.get(key) ?? 0) + 1);
    this.#unpublished.set(key, (this.#unpublished.get(key) ?? 0) + 1);
  }
}

export const createRateLimits = (...args: ConstructorParameters<typeof RateLimits>) =>
  new RateLimits(...args);
