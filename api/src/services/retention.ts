import type { Log } from '../logging.ts';
import type { Models } from '../models/index.ts';
import { every } from './periodic.ts';
import type { Leases } from './writer-lease.ts';

const DAY_MS = 86_400_000;
/** How often the purge runs, on one instance: the one that also does the other housekeeping. */
export const PURGE_EVERY_MS = 60 * 60_000;
/** Answers purged per step: each step is one update, and the progress logged. */
const BATCH = 5_000;

/** Fields an answer holds about a person; the rest (score, language, market, day) are anonymous facts. */
const PERSONAL = { comment: null, attributes: null, pageUrl: null } as const;

/**
 * Keeps personal data no longer than each survey says (`retentionDays`): answers older than that lose their comment,
 * attributes (a customer id among them) and page URL, and keep score, language, market and time, so that every
 * report, and a rebuild of the counts, stays exactly what it was. The customer's cross-device note goes with them.
 *
 * It runs every hour on one instance at a time (the housekeeping one, `leases.janitor`: when that instance stops,
 * the next takes over), in steps of 5,000 answers, each logged. A purge stopped half-way loses nothing: each step
 * only ever clears fields, and the next run picks up whatever is left.
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

  return {
    purge,

    start(): void {
      job = every(PURGE_EVERY_MS, async () => leases.janitor && purge(), log, 'retention purge');
    },

    stop(): void {
      job?.stop();
    },
  };
}

export type RetentionService = ReturnType<typeof createRetention>;
