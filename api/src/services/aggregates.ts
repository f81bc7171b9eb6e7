import type { AnyBulkWriteOperation } from 'mongoose';
import type { Types } from 'mongoose';
import type { Models } from '../models/index.ts';
import { type NpsDaily, npsDailyId, SCORE_FIELDS, utcDay } from '../models/nps-daily.model.ts';
import type { Response } from '../models/response.model.ts';

type Counted = Pick<Response, 'survey' | 'createdAt' | 'language' | 'market' | 'score'>;

interface Cell {
  readonly survey: Types.ObjectId;
  readonly day: Date;
  readonly language: string;
  readonly market: string | null;
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

const BULK_CHUNK = 1_000;

/**
 * The daily pre-aggregates (`nps_daily`), kept equal to a count of the stored responses.
 *
 * Writes come from one serial writer (see `ingest.ts`), because FerretDB 1.x can lose concurrent `$inc`s on one
 * document. Responses are stored with `pending: true` and lose the flag once counted; `rebuild` recounts a survey
 * from scratch (absolute values, so running it twice is harmless), which is how a crash between the two writes is
 * repaired at the next start.
 */
export function createAggregates(models: Models) {
  return {
    /** Adds freshly stored responses to their cells, then clears their `pending` flags. */
    async add(responses: readonly (Counted & { _id: string })[]): Promise<void> {
      const cells = new Map<string, Cell>();
      for (const response of responses) count(cells, response);
      const ops: AnyBulkWriteOperation<NpsDaily>[] = [];
      for (const [id, cell] of cells) {
        const inc = Object.fromEntries(
          cell.scores.flatMap((count, score) => (count ? [[SCORE_FIELDS[score], count]] : [])),
        );
        ops.push({
          updateOne: {
            filter: { _id: id },
            update: {
              $inc: inc,
              $setOnInsert: { survey: cell.survey, day: cell.day, language: cell.language, market: cell.market },
            },
            upsert: true,
          },
        });
      }
      await models.NpsDaily.bulkWrite(ops, { ordered: false });
      await models.Response.bulkWrite(
        responses.map(({ _id }) => ({ updateOne: { filter: { _id }, update: { $unset: { pending: 1 } } } })),
        { ordered: false },
      );
    },

    /** Recounts one survey's cells from its stored responses; returns how many responses were counted. */
    async rebuild(survey: Types.ObjectId): Promise<number> {
      let counted = 0;
      const cells = new Map<string, Cell>();
      const responses = models.Response.find({ survey }, { survey: 1, createdAt: 1, language: 1, market: 1, score: 1 })
        .lean<Counted[]>()
        .cursor();
      for await (const response of responses) {
        count(cells, response);
        counted++;
      }
      const stale = (await models.NpsDaily.find({ survey }, { _id: 1 }).lean()).filter(({ _id }) => !cells.has(_id));
      const ops: AnyBulkWriteOperation<NpsDaily>[] = [
        ...[...cells].map(([id, cell]) => ({
          replaceOne: {
            filter: { _id: id },
            replacement: {
              _id: id,
              survey: cell.survey,
              day: cell.day,
              language: cell.language,
              market: cell.market,
              ...Object.fromEntries(SCORE_FIELDS.map((field, score) => [field, cell.scores[score] ?? 0])),
            } as NpsDaily,
            upsert: true,
          },
        })),
        ...stale.map(({ _id }) => ({ deleteOne: { filter: { _id } } })),
      ];
      for (let i = 0; i < ops.length; i += BULK_CHUNK) {
        await models.NpsDaily.bulkWrite(ops.slice(i, i + BULK_CHUNK), { ordered: false });
      }
      await models.Response.updateMany({ survey, pending: true }, { $unset: { pending: 1 } });
      return counted;
    },

    /** Surveys with responses stored but not yet counted: left by a crash, or by a failed count. */
    async surveysWithPending(): Promise<Types.ObjectId[]> {
      const pending = await models.Response.find({ pending: true }, { survey: 1 }).lean();
      return [...new Map(pending.map(({ survey }) => [String(survey), survey])).values()];
    },
  };
}

export type AggregateService = ReturnType<typeof createAggregates>;
