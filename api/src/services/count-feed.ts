import type { CountDelta } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from './aggregates.ts';
import type { Leases } from './writer-lease.ts';

/** How often each instance reads the other instances' counts. */
export const POLL_EVERY_MS = 500;
/** Deltas are read again this far back, for one stamped by a writer whose insert took long or whose clock is behind. */
const OVERLAP_MS = 10_000;
/** How long a delta stays in the feed after its slot has applied it. */
const RETENTION_MS = 60_000;
const CLEAN_EVERY_MS = 10_000;

/**
 * The count feed's reader: every half second, the deltas written lately by any instance go to this instance's cached
 * surveys (`aggregates.receive`, which adds each once). FerretDB 1.x has no change streams, and the feed is small,
 * so a poll is one short read. A reader that could not read for longer than the feed keeps deltas drops its cache.
 */
export function createCountFeed(
  models: Models,
  aggregates: AggregateService,
  leases: Leases,
  log: (line: string) => void,
) {
  let since: number | undefined;
  let lastRead = Date.now();
  let timers: NodeJS.Timeout[] = [];

  async function poll(): Promise<void> {
    const startedAt = Date.now();
    if (startedAt - lastRead > RETENTION_MS / 2) {
      log('the count feed was out of reach: cached counts dropped');
      aggregates.forget();
      since = undefined;
    }
    const filter = since === undefined ? {} : { at: { $gte: new Date(since - OVERLAP_MS) } };
    aggregates.receive(await models.CountDelta.find(filter).lean<CountDelta[]>());
    since = startedAt;
    lastRead = startedAt;
  }

  /** Deletes deltas older than the retention whose slot has applied them (a half-written one waits for repair). */
  async function clean(): Promise<void> {
    const done = new Map([...(await leases.current())].map(([slot, lease]) => [slot, lease.seq]));
    const old = await models.CountDelta.find(
      { at: { $lt: new Date(Date.now() - RETENTION_MS) } },
      { slot: 1, seq: 1 },
    ).lean<Pick<CountDelta, '_id' | 'slot' | 'seq'>[]>();
    const ids = old.filter((d) => d.slot < 0 || d.seq <= (done.get(d.slot) ?? 0)).map((d) => d._id);
    if (ids.length) await models.CountDelta.deleteMany({ _id: { $in: ids } });
  }

  function every(ms: number, run: () => Promise<void>): NodeJS.Timeout {
    let running = false;
    return setInterval(() => {
      if (running) return;
      running = true;
      run()
        .catch((error: unknown) => log(`count feed: ${(error as Error).message}`))
        .finally(() => {
          running = false;
        });
    }, ms).unref();
  }

  return {
    poll,
    /** Reads the feed once, then every `POLL_EVERY_MS`. */
    async start(): Promise<void> {
      await poll();
      timers = [every(POLL_EVERY_MS, poll), every(CLEAN_EVERY_MS, clean)];
    },
    stop(): void {
      for (const timer of timers) clearInterval(timer);
      timers = [];
    },
  };
}

export type CountFeed = ReturnType<typeof createCountFeed>;
