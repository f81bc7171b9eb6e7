import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Types } from 'mongoose';
import type { CountDelta, DeltaCell } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import {
  cellOf,
  type NpsDaily,
  npsDailyId,
  SCORE_FIELDS,
  THEME_FIELDS,
  themeIndex,
  utcDay,
} from '../models/nps-daily.model.ts';
import { CATEGORIES, type Channel, categoryOf, channelOf, type Response } from '../models/response.model.ts';
import type { WriterLease } from '../models/writer-lease.model.ts';
import { THEME_KEYS, type ThemeKey } from '../themes/lexicon.ts';

/** Documents per insert: large enough to amortise a commit, small enough for FerretDB's message limits. */
const INSERT_CHUNK = 1_000;
/** Cells kept in memory by default, over all cached surveys: about 200 MB of heap, at 850 bytes a cell measured. */
export const DEFAULT_CACHE_CELLS = 250_000;
/** How long deltas read from the feed are kept, for surveys loaded while their writes were under way. */
const RECENT_MS = 30_000;

export type Counted = Pick<Response, 'survey' | 'createdAt' | 'language' | 'market' | 'score'> & {
  /** Left out: the widget's. */
  readonly channel?: string | null | undefined;
  /** The comment's themes; none when left out. */
  readonly themes?: readonly string[] | null | undefined;
};

/** What a rebuild reads of each answer. */
export const COUNTED_FIELDS = {
  survey: 1,
  createdAt: 1,
  language: 1,
  market: 1,
  channel: 1,
  score: 1,
  themes: 1,
} as const;

export interface Cell {
  readonly survey: Types.ObjectId;
  readonly day: Date;
  readonly language: string;
  readonly market: string | null;
  readonly channel: Channel;
  /** How many answers gave each score, 0 to 10. */
  readonly scores: number[];
  /** How many answers had each category and theme (`THEME_FIELDS`); none until one did, to spare memory. */
  themes?: number[] | undefined;
}

/** Adds `from`'s counts to `into`'s, in place, `into` made as long as it needs. */
function addInto(into: number[], from: readonly number[]): void {
  from.forEach((n, i) => {
    into[i] = (into[i] ?? 0) + n;
  });
}

/** A cached survey: its cells summed over the writer slots, and which count deltas they include. */
interface Cached {
  readonly cells: Map<string, Cell>;
  /** Per slot, the last delta counted in `cells`. */
  readonly applied: Map<number, number>;
  /** Slot documents read at load with a newer delta than `applied` says (their write was under way): by id. */
  readonly ahead: Map<string, number>;
}

function count(cells: Map<string, Cell>, response: Counted, by = 1): void {
  const { survey, createdAt, language, market, score, themes } = response;
  const day = utcDay(createdAt);
  const channel = channelOf(response);
  const id = npsDailyId(survey, day, language, market ?? null, channel);
  let cell = cells.get(id);
  if (!cell) {
    cell = { survey, day, language, market: market ?? null, channel, scores: new Array(11).fill(0) };
    cells.set(id, cell);
  }
  cell.scores[score] = (cell.scores[score] ?? 0) + by;
  if (themes?.length) {
    const category = CATEGORIES.indexOf(categoryOf(score));
    cell.themes ??= new Array(THEME_FIELDS.length).fill(0);
    for (const theme of themes) {
      const index = THEME_KEYS.indexOf(theme as ThemeKey);
      if (index < 0) continue;
      const at = themeIndex(category, index);
      cell.themes[at] = (cell.themes[at] ?? 0) + by;
    }
  }
}

/** Adds `added`'s counts to the cell of the same id in `cells`. */
function merge(cells: Map<string, Cell>, id: string, added: Cell): void {
  const cell = cells.get(id);
  if (!cell) {
    cells.set(id, { ...added, scores: [...added.scores], themes: added.themes && [...added.themes] });
    return;
  }
  addInto(cell.scores, added.scores);
  if (added.themes?.length) {
    cell.themes ??= new Array(THEME_FIELDS.length).fill(0);
    addInto(cell.themes, added.themes);
  }
}

/** Counts as the cells of a count delta, with the cells of earlier counts added in. */
export function deltaCells(
  responses: Iterable<Counted>,
  counted: readonly DeltaCell[] = [],
  by = 1,
): DeltaCell[] {
  const cells = new Map<string, Cell>();
  for (const cell of counted) merge(cells, cell.id, storedCell(cell));
  for (const response of responses) count(cells, response, by);
  return [...cells].map(([id, cell]) => deltaCell(id, cell));
}

/** A cell as a delta stores it: without `themes` when it has none, without `channel` for the widget's. */
function deltaCell(id: string, cell: Cell): DeltaCell {
  const { themes, channel, ...rest } = cell;
  return {
    id,
    ...rest,
    market: cell.market ?? null,
    ...(channel !== 'WIDGET' ? { channel } : {}),
    ...(themes?.some(Boolean) ? { themes } : {}),
  };
}

/** A delta's (or a stored document's) cell as counted in memory: null market and channel filled in. */
function storedCell(cell: Omit<DeltaCell, 'id'>): Cell {
  return { ...cell, market: cell.market ?? null, channel: channelOf(cell) };
}

export interface AggregateOptions {
  /** This API instance, as count deltas name their writer (a tool that only imports makes one up). */
  readonly holder?: string;
  /** The most cells kept in memory; least recently reported surveys go first. */
  readonly maxCells?: number;
  /** Told of each survey asked for: found in memory, or read (the `/metrics` hit rate). */
  readonly onLookup?: (hit: boolean) => void;
}

/**
 * What reports read: each reported survey's cells, summed over the writer slots, in memory, and kept equal to the
 * stored counts of every API instance.
 *
 * - This instance's own answers are counted at once (`count`) and stay `unwritten` until the writer puts them in a
 *   count delta (`takeUnwritten`).
 * - Every other instance's counts arrive through the count feed (`receive`), a few hundred milliseconds after
 *   they are written. A delta is added once: each cached survey remembers per slot the last delta it includes.
 * - A survey is read once (`cells`), then kept while reported, least recently used out past `maxCells` cells.
 *
 * Loads run alone against this instance's own writes (`exclusive`), so that a load never reads a write whose counts
 * it then adds again from memory.
 */
export function createAggregates(
  models: Models,
  { holder = randomUUID(), maxCells = DEFAULT_CACHE_CELLS, onLookup }: AggregateOptions = {},
) {
  const cache = new LRUCache<string, Cached>({
    maxSize: maxCells,
    sizeCalculation: (cached) => Math.max(1, cached.cells.size),
  });
  /** Loads under way, so that concurrent first reports share one read. */
  const loading = new Map<string, Promise<Cached>>();
  /** This instance's counts not written yet, by cell id. */
  let unwritten = new Map<string, Cell>();
  /** The slot this instance writes: its deltas were counted here at once, and the feed's copy is skipped. */
  let ownSlot = -1;
  /** Deltas read from the feed lately, by id, for surveys loaded while they were being written. */
  const recent = new Map<string, CountDelta>();

  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = tail.then(run, run);
    tail = result.catch(() => {});
    return result;
  }

  const isOwn = (delta: CountDelta) => delta.holder === holder && delta.slot === ownSlot;

  /** Adds a delta's cells of this survey, unless the survey includes that delta already. */
  function apply(key: string, cached: Cached, delta: CountDelta): void {
    if ((cached.applied.get(delta.slot) ?? 0) >= delta.seq) return;
    cached.applied.set(delta.slot, delta.seq);
    for (const cell of delta.cells) {
      if (String(cell.survey) !== key) continue;
      const document = `${cell.id}#${delta.slot}`;
      const ahead = cached.ahead.get(document);
      if (ahead !== undefined && ahead >= delta.seq) continue;
      merge(cached.cells, cell.id, storedCell(cell));
    }
  }

  function load(survey: Types.ObjectId): Promise<Cached> {
    const key = String(survey);
    return exclusive(async () => {
      // The slots' progress first: a cell read after it can only be newer, never older.
      const leases = await models.WriterLease.find({}, { slot: 1, epoch: 1, seq: 1 }).lean<WriterLease[]>();
      const applied = new Map<number, number>();
      for (const { slot, seq } of leases) applied.set(slot, Math.max(applied.get(slot) ?? 0, seq));
      const docs = await models.NpsDaily.find({ survey }).lean<NpsDaily[]>();
      const cached: Cached = { cells: new Map(), applied, ahead: new Map() };
      for (const doc of docs) {
        const id = cellOf(doc._id);
        merge(cached.cells, id, {
          survey: doc.survey,
          day: doc.day,
          language: doc.language,
          market: doc.market ?? null,
          channel: channelOf(doc),
          scores: SCORE_FIELDS.map((field) => doc[field] ?? 0),
          themes: THEME_FIELDS.some((field) => doc[field])
            ? THEME_FIELDS.map((field) => doc[field] ?? 0)
            : undefined,
        });
        if (doc.slot !== null && doc.slot !== undefined && doc.v > (applied.get(doc.slot) ?? 0)) {
          cached.ahead.set(doc._id, doc.v);
        }
      }
      for (const [id, added] of unwritten) if (added.survey.equals(survey)) merge(cached.cells, id, added);
      const pending = [...recent.values()].filter((delta) => !isOwn(delta)).sort((a, b) => a.seq - b.seq);
      for (const delta of pending) apply(key, cached, delta);
      cache.set(key, cached);
      return cached;
    });
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
    // Base documents (no slot) with absolute counts: one delete and one insert, where FerretDB would commit every
    // update statement on its own.
    const docs = [...cells].map(([id, cell]) => ({
      _id: id,
      survey: cell.survey,
      day: cell.day,
      language: cell.language,
      market: cell.market,
      channel: cell.channel === 'WIDGET' ? null : cell.channel,
      ...Object.fromEntries(SCORE_FIELDS.map((field, score) => [field, cell.scores[score] ?? 0])),
      ...Object.fromEntries(
        THEME_FIELDS.flatMap((field, i) => (cell.themes?.[i] ? [[field, cell.themes[i]]] : [])),
      ),
    }));
    await exclusive(async () => {
      await models.NpsDaily.deleteMany({ survey });
      for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
        await models.NpsDaily.insertMany(docs.slice(i, i + INSERT_CHUNK), { lean: true });
      }
      // The recount includes every answer stored so far: counts not yet written would be added twice.
      for (const [id, added] of unwritten) if (added.survey.equals(survey)) unwritten.delete(id);
      await models.CountDelta.create({
        _id: `reset:${survey}:${randomUUID()}`,
        slot: -1,
        seq: 0,
        holder,
        at: new Date(),
        reset: [survey],
      });
      cache.delete(String(survey));
    });
    return counted;
  }

  /** Counts made by this instance: in memory at once, in `unwritten` until the writer takes them. */
  function add(cells: ReadonlyMap<string, Cell>): void {
    for (const [id, added] of cells) {
      merge(unwritten, id, added);
      const cached = cache.get(String(added.survey), { updateAgeOnGet: false });
      if (cached) merge(cached.cells, id, added);
    }
  }

  return {
    exclusive,

    /**
     * Counts this instance's freshly stored responses (`by` -1: erased ones): at once in memory, in `nps_daily` once
     * written.
     */
    count(responses: readonly Counted[], by = 1): void {
      const cells = new Map<string, Cell>();
      for (const response of responses) count(cells, response, by);
      add(cells);
    },

    /** Adds counts made elsewhere (a comment's changed themes, as a delta's cells) as `count` does. */
    add(cells: readonly DeltaCell[]): void {
      add(new Map(cells.map(({ id, ...cell }) => [id, storedCell(cell)])));
    },

    /** Whether there are counts to write. */
    get dirty(): boolean {
      return unwritten.size > 0;
    },

    /** The counts made since the last call, as a delta's cells; the writer now owns them. */
    takeUnwritten(): DeltaCell[] {
      const taken = unwritten;
      unwritten = new Map();
      return [...taken].map(([id, cell]) => deltaCell(id, cell));
    },

    /** The slot whose deltas this instance writes (their counts are here already). */
    setOwnSlot(slot: number): void {
      ownSlot = slot;
    },

    /** Adds the count feed's deltas (of other instances, or of slots this one repaired) to the cached surveys. */
    receive(deltas: readonly CountDelta[]): void {
      const cutoff = Date.now() - RECENT_MS;
      for (const [id, delta] of recent) if (delta.at.getTime() < cutoff) recent.delete(id);
      const fresh = deltas.filter((delta) => !recent.has(delta._id) && !isOwn(delta));
      for (const delta of deltas) recent.set(delta._id, delta);
      fresh.sort((a, b) => a.slot - b.slot || a.seq - b.seq);
      for (const delta of fresh) {
        for (const survey of delta.reset) cache.delete(String(survey));
        const touched = new Set(delta.cells.map((cell) => String(cell.survey)));
        for (const key of touched) {
          const cached = cache.get(key, { updateAgeOnGet: false });
          if (cached) apply(key, cached, delta);
        }
      }
    },

    /**
     * Drops every cached survey: read again on the next report (after a repair, or a gap in the feed). The recent
     * deltas stay: a survey read again needs those whose cells were still being written.
     */
    forget(): void {
      cache.clear();
    },

    /** Surveys and cells in memory. */
    get cached(): { surveys: number; cells: number } {
      return { surveys: cache.size, cells: cache.calculatedSize };
    },

    /** A survey's cells, as stored by every instance (from memory after the first call). */
    async cells(survey: Types.ObjectId): Promise<ReadonlyMap<string, Cell>> {
      const key = String(survey);
      const cached = cache.get(key);
      onLookup?.(!!cached);
      if (cached) return cached.cells;
      let pending = loading.get(key);
      if (!pending) {
        pending = load(survey).finally(() => loading.delete(key));
        loading.set(key, pending);
      }
      return (await pending).cells;
    },

    /**
     * Recounts one survey's cells from its stored responses; returns how many responses were counted. Exact when no
     * answers to the survey arrive meanwhile: crashes never need it (see `ingest.ts`).
     */
    rebuild(survey: Types.ObjectId): Promise<number> {
      const responses = models.Response.find({ survey }, COUNTED_FIELDS).lean<Counted[]>().cursor();
      return replace(survey, responses);
    },

    /** Sets one survey's cells to a count of `responses` (all of its answers, e.g. a bulk import's). */
    replace,
  };
}

export type AggregateService = ReturnType<typeof createAggregates>;
