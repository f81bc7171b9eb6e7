import type { Log } from '../logging.ts';
import type { CountDelta } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import { every } from '../services/periodic.ts';
import type { Leases } from './writer-lease.ts';

/** How often each instance reads the other instances' counts. */
export const POLL_EVERY_MS = 500;
/** Survey resets (which have no slot order) are read again this far back, for one whose insert took long. */
const RESET_OVERLAP_MS = 10_000;
/** How long a delta stays in the feed after its slot has applied it. */
const RETENTION_MS = 60_000;
const CLEAN_EVERY_MS = 10_000;

/**
 * The count feed's reader: every half second, the deltas written since the last read by any instance go to this
 * instance's cached surveys (`aggregates.receive`, which adds each once). Each slot's deltas are numbered in the
 * order they are written, so the reader asks each slot for what follows the last one it has: every delta is read
 * once. (FerretDB 1.x has no change streams.) A reader that could not read for longer than the feed keeps deltas
 * drops its cached surveys, whose missed deltas are then in the cells it reads again.
 */
export function createCountFeed(models: Models, aggregates: AggregateService, leases: Leases, log: Log) {
  /** Per slot, the last delta read. */
  const seen = new Map<number, number>();
  let resetsSince: number | undefined;
  let lastRead = Date.now();
  let jobs: { stop(): void }[] = [];

  async function poll(): Promise<void> {
    const startedAt = Date.now();
    if (startedAt - lastRead > RETENTION_MS / 2) {
      log('the count feed was out of reach: cached counts dropped');
      aggregates.forget();
    }
    const after = [...seen].map(([slot, seq]) => ({ slot, seq: { $gt: seq } }));
    const deltas = await models.CountDelta.find({
      $or: [
        ...after,
        { slot: { $nin: [-1, ...seen.keys()] } },
        {
          slot: -1,
          ...(resetsSince !== undefined && { at: { $gte: new Date(resetsSince - RESET_OVERLAP_MS) } }),
        },
      ],
    }).lean<CountDelta[]>();
    aggregates.receive(deltas);
    for (const { slot, seq } of deltas) if (slot >= 0 && seq > (seen.get(slot) ?? 0)) seen.set(slot, seq);
    resetsSince = startedAt;
    lastRead = startedAt;
  }

  /**
   * Deletes deltas older than the retention whose slot has applied them (a half-written one waits for repair). One
   * instance does it for all (`leases.janitor`).
   */
  async function clean(): Promise<void> {
    if (!leases.janitor) return;
    const done = new Map([...(await leases.current())].map(([slot, lease]) => [slot, lease.seq]));
    const old = await models.CountDelta.find(
      { at: { $lt: new Date(Date.now() - RETENTION_MS) } },
      { slot: 1, seq: 1 },
    ).lean<Pick<CountDelta, '_id' | 'slot' | 'seq'>[]>();
    const ids = old.filter((d) => d.slot < 0 || d.seq <= (done.get(d.slot) ?? 0)).map((d) => d._id);
    if (ids.length) await models.CountDelta.deleteMany({ _id: { $in: ids } });
  }

  return {
    poll,
    /** Reads the feed once, then every `POLL_EVERY_MS`. */
    async start(): Promise<void> {
      await poll();
      jobs = [
        every(POLL_EVERY_MS, poll, log, 'count feed'),
        every(CLEAN_EVERY_MS, clean, log, 'count feed cleaning'),
      ];
    },
    stop(): void {
      for (const job of jobs) job.stop();
      jobs = [];
    },
  };
}

export type CountFeed = ReturnType<typeof createCountFeed>;
