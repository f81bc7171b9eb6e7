import type { AnyBulkWriteOperation, Types } from 'mongoose';
import { BULK_UPDATE_CHUNK, type Models } from '../models/index.ts';
import { type NpsDaily, npsDailyId, SCORE_FIELDS, utcDay } from '../models/nps-daily.model.ts';
import type { Response } from '../models/response.model.ts';

/** Documents per insert: large enough to amortise a commit, small enough for FerretDB's message limits. */
const INSERT_CHUNK = 1_000;

export type Counted = Pick<Response, 'survey' | 'createdAt' | 'language' | 'market' | 'score'>;

export interface Cell {
  readonly survey: Types.ObjectId;
  readonly day: Date;
  readonly language: string;
  readonly market: string | null;
  /** How many answers gave each score, 0 to 10. */
  readonly scores: number[];
}

function count(cells: Map<string, Cell>, { survey, createdAt, language, market, score }: Counted): void {
  const day = utcDay(createdAt);
  const id = npsDailyId(survey, day, language, market ?? null);
  let cell = cells.get(id);
  if (!cell) {
    cell = { survey, day, language, market: market ?? null, scores: new Array(11).fill(0) };
    cells.set(id, cell);
  }
  cell.scores[score] = (cell.scores[score] ?? 0) + 1;
}

/** Adds `added`'s counts to the cell of the same id in `cells`. */
function merge(cells: Map<string, Cell>, id: string, added: Cell): void {
  const cell = cells.get(id);
  if (!cell) {
    cells.set(id, { ...added, scores: [...added.scores] });
    return;
  }
  added.scores.forEach((n, score) => {
    cell.scores[score] = (cell.scores[score] ?? 0) + n;
  });
}

function incrementOf(id: string, cell: Cell): AnyBulkWriteOperation<NpsDaily> {
  const inc = Object.fromEntries(
    cell.scores.flatMap((count, score) => (count ? [[SCORE_FIELDS[score], count]] : [])),
  );
  return {
    updateOne: {
      filter: { _id: id },
      update: {
        $inc: inc,
        $setOnInsert: { survey: cell.survey, day: cell.day, language: cell.language, market: cell.market },
      },
      upsert: true,
    },
  };
}

/**
 * The daily pre-aggregates (`nps_daily`), kept equal to a count of the stored responses.
 *
 * Answers are counted in memory at once (`count`), and the counts are written later, many answers' worth in one
 * go (`persist`): a cell takes one `$inc` per write, not one per batch of answers, and FerretDB commits each on its
 * own. What is counted but not yet written is covered by the ingest journal (see `ingest.ts`): lost in a crash,
 * it is recounted from the raw responses. Writes come from that one serial writer, because FerretDB 1.x can lose
 * concurrent `$inc`s on one document. `rebuild` recounts a survey from scratch (absolute values, so running it
 * twice is harmless).
 */
export function createAggregates(models: Models) {
  /**
   * Each reported survey's cells, read once from `nps_daily` and then kept equal to it plus the counts not yet
   * written (this process is the database's one writer). Reports read memory: a year of seven markets and six
   * languages is 15,000 cells, a few milliseconds to sum, where FerretDB takes hundreds to scan them. A survey
   * whose write failed part-way is dropped and read again.
   */
  const loaded = new Map<string, Map<string, Cell>>();
  /** Loads under way, so that concurrent first reports share one read. */
  const loading = new Map<string, Promise<Map<string, Cell>>>();
  /** Counts not written yet, by cell id: increments, added to `nps_daily` by `persist`. */
  let unwritten = new Map<string, Cell>();
  /** Loads and writes run one at a time, so that a load never reads a write that is then applied again. */
  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = tail.then(run, run);
    tail = result.catch(() => {});
    return result;
  }

  function load(survey: Types.ObjectId): Promise<Map<string, Cell>> {
    return exclusive(async () => {
      const docs = await models.NpsDaily.find({ survey }).lean<NpsDaily[]>();
      const cells = new Map(
        docs.map((doc) => [
          doc._id,
          {
            survey: doc.survey,
            day: doc.day,
            language: doc.language,
            market: doc.market ?? null,
            scores: SCORE_FIELDS.map((field) => doc[field] ?? 0),
          },
        ]),
      );
      for (const [id, added] of unwritten) if (added.survey.equals(survey)) merge(cells, id, added);
      loaded.set(String(survey), cells);
      return cells;
    });
  }

  /** Runs a write of `surveys`' cells; if it fails, their cached cells may differ from the stored ones. */
  async function writing<T>(surveys: Iterable<string>, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      for (const survey of surveys) loaded.delete(survey);
      throw error;
    }
  }

  async function bulkWrite(ops: AnyBulkWriteOperation<NpsDaily>[]): Promise<void> {
    for (let i = 0; i < ops.length; i += BULK_UPDATE_CHUNK) {
      await models.NpsDaily.bulkWrite(ops.slice(i, i + BULK_UPDATE_CHUNK), { ordered: false });
    }
  }

  async function replace(
    survey: Types.ObjectId,
    responses: Iterable<Counted> | AsyncIterable<Counted>,
  ): Promise<number> {
    let counted = 0;
    const cells = new Map<string, Cell>();
    for await (const response of responses) {
      count(cells, response);
      counted++;
    }
    // Replaced wholesale: one delete and one insert are two transactions, where FerretDB would commit every
    // update statement on its own. Reports read memory, so none sees the counts missing in between.
    const docs = [...cells].map(([id, cell]) => ({
      _id: id,
      survey: cell.survey,
      day: cell.day,
      language: cell.language,
      market: cell.market,
      ...Object.fromEntries(SCORE_FIELDS.map((field, score) => [field, cell.scores[score] ?? 0])),
    }));
    await exclusive(async () => {
      await writing([String(survey)], async () => {
        await models.NpsDaily.deleteMany({ survey });
        for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
          await models.NpsDaily.insertMany(docs.slice(i, i + INSERT_CHUNK), { lean: true });
        }
      });
      // The recount includes every answer stored so far: counts not yet written would be added twice.
      for (const [id, added] of unwritten) if (added.survey.equals(survey)) unwritten.delete(id);
      loaded.set(String(survey), cells);
    });
    return counted;
  }

  return {
    /** Counts freshly stored responses: at once in memory, in `nps_daily` at the next `persist`. */
    count(responses: readonly Counted[]): void {
      const cells = new Map<string, Cell>();
      for (const response of responses) count(cells, response);
      for (const [id, added] of cells) {
        merge(unwritten, id, added);
        const cached = loaded.get(String(added.survey));
        if (cached) merge(cached, id, added);
      }
    },

    /** Whether there are counts to persist. */
    get dirty(): boolean {
      return unwritten.size > 0;
    },

    /**
     * Writes the counts made since the last call. If the write fails, some of its increments may have been applied
     * and others not: the surveys it touched are dropped from memory and must be recounted (`rebuild`).
     */
    persist(): Promise<void> {
      return exclusive(async () => {
        const batch = unwritten;
        unwritten = new Map();
        const surveys = new Set([...batch.values()].map((cell) => String(cell.survey)));
        await writing(surveys, () => bulkWrite([...batch].map(([id, cell]) => incrementOf(id, cell))));
      });
    },

    /** A survey's cells, as stored (from memory after the first call). */
    async cells(survey: Types.ObjectId): Promise<ReadonlyMap<string, Cell>> {
      const key = String(survey);
      const cells = loaded.get(key);
      if (cells) return cells;
      let pending = loading.get(key);
      if (!pending) {
        pending = load(survey).finally(() => loading.delete(key));
        loading.set(key, pending);
      }
      return pending;
    },

    /** Recounts one survey's cells from its stored responses; returns how many responses were counted. */
    rebuild(survey: Types.ObjectId): Promise<number> {
      const responses = models.Response.find(
        { survey },
        { survey: 1, createdAt: 1, language: 1, market: 1, score: 1 },
      )
        .lean<Counted[]>()
        .cursor();
      return replace(survey, responses);
    },

    /** Sets one survey's cells to a count of `responses` (all of its answers, e.g. a bulk import's). */
    replace,
  };
}

export type AggregateService = ReturnType<typeof createAggregates>;
