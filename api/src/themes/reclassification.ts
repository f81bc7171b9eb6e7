import { setTimeout as sleep } from 'node:timers/promises';
import type { Types } from 'mongoose';
import { sameThemes } from '../ingest/amend.ts';
import type { IngestService } from '../ingest/ingest.ts';
import type { Stored } from '../ingest/stored.ts';
import type { Log } from '../logging.ts';
import type { Models } from '../models/index.ts';
import { every } from '../services/periodic.ts';
import { SITE_KEY_CACHE_MS } from '../surveys/surveys.ts';
import { themesWith } from './corrections.ts';

/** A reclassification as stored (`reclassification.model.ts`). */
export interface Job {
  readonly _id: string;
  readonly total: number;
  readonly done: number;
  readonly changed: number;
  readonly after: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly beatAt: Date;
  readonly themesVersion: number;
}

/**
 * Answers classified again per step, between two reports of progress. Those whose themes change are changed at once,
 * so a step is a burst for the writer: 250 keeps it to a few seconds, far below `STALE_MS` (`pnpm bench`, 5,000
 * comments: 58 a second in steps of 100, 96 in steps of 250, 118 in steps of 500).
 */
const PAGE = 250;
/** What a step reads of each answer. */
const COMMENT_FIELDS = { comment: 1, language: 1, category: 1, themes: 1, themeCorrections: 1 } as const;
/**
 * How long after a change an instance may still classify a comment with the survey as it was: the second each keeps
 * a survey (`SITE_KEY_CACHE_MS`), and the instances' clocks apart (as the writer leases assume, 1.5 s), rounded up.
 */
const SETTLE_MS = SITE_KEY_CACHE_MS + 2_000;
/** How often a run that is done looks whether it may end. */
const SETTLE_STEP_MS = 250;
/** A reclassification whose instance has made no progress for this long is taken over by another. */
export const STALE_MS = 20_000;
/** How often each instance looks for one to take over. */
const LOOK_EVERY_MS = 2_000;
/** How often the housekeeping instance looks for a change of a survey's own themes that no reclassification followed. */
const CATCH_UP_EVERY_MS = 30_000;

/**
 * Classifies a survey's stored comments again in the background (after a lexicon or model change), with progress:
 * each answer whose themes change is changed like a correction, through the writer's journal, so its counts stay
 * exact while answers keep arriving and whichever instances take part. The work goes in `_id` order and records how
 * far it has come (`reclassifications`); if its instance stops, another takes over from there once the progress is
 * `STALE_MS` old, the first to mark it. Two instances doing the same step change nothing twice: an answer already
 * classified is unchanged.
 */
export class Reclassification {
  readonly #models: Models;
  readonly #ingest: IngestService;
  readonly #log: Log;
  /** Whether this instance does the housekeeping that one does for all (the catch-up). */
  readonly #janitor: () => boolean;
  /** The surveys this instance is classifying again, and the work. */
  readonly #running = new Map<string, Promise<void>>();
  #stopping = false;
  #looking: { stop(): void }[] = [];

  constructor(models: Models, ingest: IngestService, log: Log, janitor: () => boolean = () => true) {
    this.#models = models;
    this.#ingest = ingest;
    this.#log = log;
    this.#janitor = janitor;
  }

  /**
   * Starts classifying the survey's comments again, from the first; one already going starts over. Returns it as
   * started; the work goes on in the background.
   */
  async start(survey: Types.ObjectId): Promise<Job> {
    const models = this.#models;
    const now = new Date();
    const themed = await models.Survey.findById(survey, { themesVersion: 1 }).lean();
    const job = {
      _id: String(survey),
      total: await models.Response.countDocuments({ survey, comment: { $ne: null } }),
      done: 0,
      changed: 0,
      after: null,
      startedAt: now,
      finishedAt: null,
      beatAt: now,
      themesVersion: themed?.themesVersion ?? 0,
    };
    await models.Reclassification.replaceOne({ _id: job._id }, job, { upsert: true });
    void this.#run(job._id);
    return job;
  }

  /**
   * Starts the reclassification a change of a survey's own themes needs, where none was started since (the instance
   * that saved the change stopped before it started one).
   */
  async catchUp(): Promise<void> {
    const models = this.#models;
    const themed = await models.Survey.find({ themesVersion: { $gt: 0 } }, { themesVersion: 1 }).lean();
    if (!themed.length) return;
    const jobs = await models.Reclassification.find(
      { _id: { $in: themed.map(({ _id }) => String(_id)) } },
      { themesVersion: 1 },
    ).lean<Pick<Job, '_id' | 'themesVersion'>[]>();
    const started = new Map(jobs.map((job) => [job._id, job.themesVersion ?? 0]));
    for (const survey of themed) {
      if ((started.get(String(survey._id)) ?? 0) < survey.themesVersion) await this.start(survey._id);
    }
  }

  /** The survey's last reclassification, as far as it has come; none if it never had one. */
  status(survey: Types.ObjectId): Promise<Job | null> {
    return this.#models.Reclassification.findById(String(survey)).lean<Job>();
  }

  /**
   * Starts looking for reclassifications to take over, and (on the housekeeping instance alone: each look reads every
   * themed survey) for changes of themes none followed.
   */
  open(): void {
    this.#looking = [
      every(LOOK_EVERY_MS, () => this.#takeOver(), this.#log, 'taking over reclassifications'),
      every(
        CATCH_UP_EVERY_MS,
        async () => {
          if (this.#janitor()) await this.catchUp();
        },
        this.#log,
        'reclassifying after a change of themes',
      ),
    ];
  }

  /** Stops after the step in hand; another instance goes on from there. */
  async close(): Promise<void> {
    this.#stopping = true;
    for (const job of this.#looking) job.stop();
    await Promise.allSettled(this.#running.values());
  }

  /**
   * Classifies the next page of the survey's comments; false when none is left. Progress is written only to the run it
   * was read from (`startedAt`): a run started over meanwhile is not set back.
   */
  async #step(id: string): Promise<boolean> {
    const models = this.#models;
    const job = await models.Reclassification.findById(id).lean<Job>();
    if (!job || job.finishedAt) return false;
    const answers = await models.Response.find(
      { survey: id, comment: { $ne: null }, ...(job.after && { _id: { $gt: job.after } }) },
      COMMENT_FIELDS,
    )
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean<Stored[]>();
    const run = { _id: id, startedAt: job.startedAt };
    if (!answers.length) return this.#finish(job);
    const changed = await this.#reclassify(id, answers);
    await models.Reclassification.updateOne(run, {
      $set: {
        after: (answers.at(-1) as { _id: string })._id,
        done: Math.min(job.total, job.done + answers.length),
        changed: job.changed + changed,
        beatAt: new Date(),
      },
    });
    return true;
  }

  /**
   * Ends a run once every comment stored meanwhile is classified with the survey's themes as changed: an instance
   * that read the survey before the change (each keeps it for a second) may have stored a comment classified with the
   * old ones, wherever its `_id` falls. So the run ends no sooner than `SETTLE_MS` after it started, and first
   * classifies again the comments stored from `SETTLE_MS` before it started to as long after. False once it has ended.
   */
  async #finish(job: Job): Promise<boolean> {
    const models = this.#models;
    const settled = job.startedAt.getTime() + SETTLE_MS;
    if (Date.now() < settled) {
      await sleep(Math.min(SETTLE_STEP_MS, settled - Date.now()));
      return !this.#stopping;
    }
    const late = await models.Response.find(
      {
        survey: job._id,
        comment: { $ne: null },
        // Later, every instance has read the survey as changed.
        createdAt: { $gte: new Date(job.startedAt.getTime() - SETTLE_MS), $lte: new Date(settled) },
      },
      { ...COMMENT_FIELDS, createdAt: 1 },
    ).lean<Stored[]>();
    const changed = late.length ? await this.#reclassify(job._id, late) : 0;
    // Those stored after the run was counted join its total.
    const newer = late.filter((answer) => answer.createdAt > job.startedAt).length;
    const now = new Date();
    await models.Reclassification.updateOne(
      { _id: job._id, startedAt: job.startedAt },
      {
        $set: {
          total: job.total + newer,
          done: job.total + newer,
          changed: job.changed + changed,
          finishedAt: now,
          beatAt: now,
        },
      },
    );
    return false;
  }

  /** Classifies answers of a survey again; returns how many changed. */
  async #reclassify(id: string, answers: readonly Stored[]): Promise<number> {
    // Read at each step: a change of the survey's themes meanwhile starts the work over, and this step is already
    // classified with it.
    const survey = await this.#models.Survey.findById(id, { customThemes: 1, themeCues: 1 }).lean();
    const themesOf = themesWith(survey);
    // Only the answers whose themes change go through the writer (most do not), all of a step at once: it journals
    // them together, many to a batch, as it does answers. `amend` reads each again: one changed since is as it is now.
    const differ = answers.filter((answer) => !sameThemes(answer.themes, themesOf(answer)));
    const outcomes = await Promise.all(
      differ.map(
        async (answer) =>
          (
            await this.#ingest.amend(answer._id, {}, themesOf, {
              notify: false,
              limit: Number.POSITIVE_INFINITY,
            })
          ).outcome,
      ),
    );
    return outcomes.filter((outcome) => outcome === 'changed').length;
  }

  #run(id: string): Promise<void> {
    const current = this.#running.get(id);
    if (current) return current;
    const work = (async () => {
      try {
        while (!this.#stopping && (await this.#step(id)));
      } finally {
        this.#running.delete(id);
      }
    })();
    this.#running.set(id, work);
    work.catch((error: unknown) =>
      this.#log(`reclassifying survey ${id} failed: ${(error as Error).message}`, 'error'),
    );
    return work;
  }

  /** Takes over the reclassifications no instance has moved for `STALE_MS`. */
  async #takeOver(): Promise<void> {
    const models = this.#models;
    const stale = await models.Reclassification.find({
      finishedAt: null,
      beatAt: { $lt: new Date(Date.now() - STALE_MS) },
    }).lean<Job[]>();
    for (const job of stale) {
      if (this.#running.has(job._id)) continue;
      // The first instance to mark it goes on with it; the others see it moving again. (FerretDB 1.x may let two
      // mark it at once: doing the same steps twice is harmless, only wasteful.)
      const { modifiedCount } = await models.Reclassification.updateOne(
        { _id: job._id, beatAt: job.beatAt },
        { $set: { beatAt: new Date() } },
      );
      if (modifiedCount !== 1) continue;
      this.#log(
        `taking over the reclassification of survey ${job._id} at ${job.done} of ${job.total}`,
        'info',
      );
      void this.#run(job._id);
    }
  }
}

export const createReclassification = (...args: ConstructorParameters<typeof Reclassification>) =>
  new Reclassification(...args);

export type ReclassificationService = Reclassification;
