import type { Leases } from '../ingest/writer-lease.ts';
import type { Log } from '../logging.ts';
import type { Models } from '../models/index.ts';
import type { JobRun } from '../models/job-run.model.ts';
import { every } from '../services/periodic.ts';

const DAY_MS = 86_400_000;
/** How often the purge runs, on one instance: the one that also does the other housekeeping. */
export const PURGE_EVERY_MS = 60 * 60_000;
/** How often the housekeeping instance asks whether the purge is due (one read by `_id`). */
const DUE_CHECK_MS = 60_000;
const JOB = 'retention';
/** Answers purged per step: each step is one update, and the progress logged. */
const BATCH = 5_000;

/** Fields an answer holds about a person; the rest (score, language, market, day) are anonymous facts. */
const PERSONAL = { comment: null, attributes: null, pageUrl: null } as const;

export interface RetentionStatus {
  readonly lastRunAt: Date | null;
  readonly lastPurged: number | null;
  readonly lastMs: number | null;
  readonly nextDueAt: Date;
}

/** The database server's clock (`hello`'s `localTime`): one clock for every instance, whatever theirs say. */
export async function databaseNow(models: Models): Promise<number> {
  const db = models.JobRun.db.db;
  if (!db) throw new Error('The database is not connected.');
  const { localTime } = (await db.admin().command({ hello: 1 })) as { localTime?: Date };
  return localTime instanceof Date ? localTime.getTime() : Date.now();
}

/**
 * Keeps personal data no longer than each survey says (`retentionDays`): answers older than that lose their comment,
 * attributes (a customer id among them) and page URL, and keep score, language, market and time, so that every
 * report, and a rebuild of the counts, stays exactly what it was. The customer's cross-device note goes with them.
 *
 * It is due an hour after its last complete run, by the database's clock (`job_runs`), and so on the first check of
 * a fresh database: the housekeeping instance (`leases.janitor`; when that instance stops, the next takes over)
 * checks at its start and every minute, so restarts never put it off. It runs in steps of 5,000 answers, each
 * logged; a purge stopped half-way loses nothing: each step only ever clears fields, and the next run picks up
 * whatever is left. `runNow` runs it on demand.
 */
export function createRetention(models: Models, leases: Leases, log: Log) {
  let job: { stop(): void } | undefined;

  /**
   * Purges what has outlived its survey's period at `now`, `batch` answers a step; `steps` caps the work (a test
   * stops it half-way, as a kill would). Returns how many answers it purged.
   */
  async function purge({
    now = Date.now(),
    steps = Number.POSITIVE_INFINITY,
    batch = BATCH,
  } = {}): Promise<number> {
    let purged = 0;
    let taken = 0;
    const surveys = await models.Survey.find({ retentionDays: { $gte: 1 } }, { retentionDays: 1 }).lean();
    for (const survey of surveys) {
      const cutoff = new Date(now - (survey.retentionDays ?? 0) * DAY_MS);
      const old = {
        survey: survey._id,
        createdAt: { $lt: cutoff },
        $or: [{ comment: { $ne: null } }, { attributes: { $ne: null } }, { pageUrl: { $ne: null } }],
      };
      for (;;) {
        if (taken++ >= steps) return purged;
        const ids = (await models.Response.find(old, { _id: 1 }).limit(batch).lean()).map((r) => r._id);
        if (!ids.length) break;
        await models.Response.updateMany({ _id: { $in: ids } }, { $set: PERSONAL });
        purged += ids.length;
        log(
          `retention: ${ids.length} answer(s) of survey ${survey._id} before ${cutoff.toISOString()} purged`,
        );
      }
      await models.CustomerContact.deleteMany({
        _id: { $regex: `^${survey._id}:` },
        at: { $lt: cutoff },
      });
    }
    return purged;
  }

  let running: Promise<JobRun> | undefined;

  /** Runs the purge and records the run; a run already going on this instance is joined, not doubled. */
  function run(): Promise<JobRun> {
    running ??= (async () => {
      const at = await databaseNow(models);
      const started = performance.now();
      const count = await purge({ now: at });
      const record = { _id: JOB, at: new Date(at), ms: Math.round(performance.now() - started), count };
      await models.JobRun.replaceOne({ _id: JOB }, record, { upsert: true });
      log(`retention: purge done, ${count} answer(s) purged in ${record.ms} ms`);
      return record;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  /** The last complete run, if any, and when the next is due: at once before the first. */
  async function status(): Promise<RetentionStatus> {
    const last = await models.JobRun.findById(JOB).lean<JobRun>();
    if (!last)
      return {
        lastRunAt: null,
        lastPurged: null,
        lastMs: null,
        nextDueAt: new Date(await databaseNow(models)),
      };
    return {
      lastRunAt: last.at,
      lastPurged: last.count,
      lastMs: last.ms,
      nextDueAt: new Date(last.at.getTime() + PURGE_EVERY_MS),
    };
  }

  async function runIfDue(): Promise<void> {
    if (!leases.janitor) return;
    const [last, now] = await Promise.all([
      models.JobRun.findById(JOB, { at: 1 }).lean<Pick<JobRun, 'at'>>(),
      databaseNow(models),
    ]);
    if (!last || last.at.getTime() + PURGE_EVERY_MS <= now) await run();
  }

  return {
    purge,
    status,

    /** Runs the purge now, whichever instance this is, and says what it did. */
    async runNow(): Promise<RetentionStatus> {
      await run();
      return status();
    },

    start(): void {
      void runIfDue().catch((error: unknown) =>
        log(`retention purge failed: ${(error as Error).message}`, 'error'),
      );
      job = every(DUE_CHECK_MS, runIfDue, log, 'retention purge');
    },

    stop(): void {
      job?.stop();
    },
  };
}

export type RetentionService = ReturnType<typeof createRetention>;
