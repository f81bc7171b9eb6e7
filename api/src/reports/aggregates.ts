import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Types } from 'mongoose';
import type { CountDelta, DeltaCell } from '../models/count-delta.model.ts';
import type { Models } from '../models/index.ts';
import type { NpsDaily } from '../models/nps-daily.model.ts';
import type { WriterLease } from '../models/writer-lease.model.ts';
import {
  baseDocument,
  type Cell,
  COUNTED_FIELDS,
  type Counted,
  count,
  deltaCell,
  documentCell,
  merge,
  storedCell,
} from './cells.ts';

/** Documents per insert: large enough to amortise a commit, small enough for FerretDB's message limits. */
const INSERT_CHUNK = 1_000;
/** Cells kept in memory by default, over all cached surveys: about 200 MB of heap, at 850 bytes a cell measured. */
export const DEFAULT_CACHE_CELLS = 250_000;
/** How long deltas read from the feed are kept, for surveys loaded while their writes were under way. */
const RECENT_MS = 30_000;

/** A cached survey: its cells summed over the writer slots, and which count deltas they include. */
interface Cached {
  readonly cells: Map<string, Cell>;
  /** Per slot, the last delta counted in `cells`. */
  readonly applied: Map<number, number>;
  /** Slot documents read at load with a newer delta than `applied` says (their write was under way): by id. */
  readonly ahead: Map<string, number>;
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
export class Aggregates {
  readonly #models: Models;
  /** This instance, as count deltas name their writer. */
  readonly #holder: string;
  readonly #onLookup: ((hit: boolean) => void) | undefined;
  readonly #cache: LRUCache<string, Cached>;
  /** Loads under way, so that concurrent first reports share one read. */
  readonly #loading = new Map<string, Promise<Cached>>();
  /** This instance's counts not written yet, by cell id. */
  #unwritten = new Map<string, Cell>();
  /** The slot this instance writes: its deltas were counted here at once, and the feed's copy is skipped. */
  #ownSlot = -1;
  /** Deltas read from the feed lately, by id, for surveys loaded while they were being written. */
  readonly #recent = new Map<string, CountDelta>();
  /** The last of the loads and rewrites run alone (`exclusive`). */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    models: Models,
    { holder = randomUUID(), maxCells = DEFAULT_CACHE_CELLS, onLookup }: AggregateOptions = {},
  ) {
    this.#models = models;
    this.#holder = holder;
    this.#onLookup = onLookup;
    this.#cache = new LRUCache<string, Cached>({
      maxSize: maxCells,
      sizeCalculation: (cached) => Math.max(1, cached.cells.size),
    });
  }

  /** Runs `run` alone against the other loads and this instance's own writes of counts. */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(run, run);
    this.#tail = result.catch(() => {});
    return result;
  }

  /**
   * Counts this instance's freshly stored responses (`by` -1: erased ones): at once in memory, in `nps_daily` once
   * written.
   */
  count(responses: readonly Counted[], by = 1): void {
    const cells = new Map<string, Cell>();
    for (const response of responses) count(cells, response, by);
    this.#add(cells);
  }

  /** Adds counts made elsewhere (a comment's changed themes, as a delta's cells) as `count` does. */
  add(cells: readonly DeltaCell[]): void {
    this.#add(new Map(cells.map(({ id, ...cell }) => [id, storedCell(cell)])));
  }

  /** Whether there are counts to write. */
  get dirty(): boolean {
    return this.#unwritten.size > 0;
  }

  /** The counts made since the last call, as a delta's cells; the writer now owns them. */
  takeUnwritten(): DeltaCell[] {
    const taken = this.#unwritten;
    this.#unwritten = new Map();
    return [...taken].map(([id, cell]) => deltaCell(id, cell));
  }

  /** The slot whose deltas this instance writes (their counts are here already). */
  setOwnSlot(slot: number): void {
    this.#ownSlot = slot;
  }

  /** Adds the count feed's deltas (of other instances, or of slots this one repaired) to the cached surveys. */
  receive(deltas: readonly CountDelta[]): void {
    const cutoff = Date.now() - RECENT_MS;
    for (const [id, delta] of this.#recent) if (delta.at.getTime() < cutoff) this.#recent.delete(id);
    const fresh = deltas.filter((delta) => !this.#recent.has(delta._id) && !this.#isOwn(delta));
    for (const delta of deltas) this.#recent.set(delta._id, delta);
    fresh.sort((a, b) => a.slot - b.slot || a.seq - b.seq);
    for (const delta of fresh) {
      for (const survey of delta.reset) this.#cache.delete(String(survey));
      const touched = new Set(delta.cells.map((cell) => String(cell.survey)));
      for (const key of touched) {
        const cached = this.#cache.get(key, { updateAgeOnGet: false });
        if (cached) this.#apply(key, cached, delta);
      }
    }
  }

  /**
   * Drops every cached survey: read again on the next report (after a repair, or a gap in the feed). The recent
   * deltas stay: a survey read again needs those whose cells were still being written.
   */
  forget(): void {
    this.#cache.clear();
  }

  /** Surveys and cells in memory. */
  get cached(): { surveys: number; cells: number } {
    return { surveys: this.#cache.size, cells: this.#cache.calculatedSize };
  }

  /** A survey's cells, as stored by every instance (from memory after the first call). */
  async cells(survey: Types.ObjectId): Promise<ReadonlyMap<string, Cell>> {
    const key = String(survey);
    const cached = this.#cache.get(key);
    this.#onLookup?.(!!cached);
    if (cached) return cached.cells;
    let pending = this.#loading.get(key);
    if (!pending) {
      pending = this.#load(survey).finally(() => this.#loading.delete(key));
      this.#loading.set(key, pending);
    }
    return (await pending).cells;
  }

  /**
   * Recounts one survey's cells from its stored responses; returns how many responses were counted. Exact when no
   * answers to the survey arrive meanwhile: crashes never need it (see `ingest.ts`).
   */
  rebuild(survey: Types.ObjectId): Promise<number> {
    const responses = this.#models.Response.find({ survey }, COUNTED_FIELDS).lean<Counted[]>().cursor();
    return this.replace(survey, responses);
  }

  /** Sets one survey's cells to a count of `responses` (all of its answers, e.g. a bulk import's). */
  async replace(
    survey: Types.ObjectId,
    responses: Iterable<Counted> | AsyncIterable<Counted>,
  ): Promise<number> {
    const models = this.#models;
    let counted = 0;
    const cells = new Map<string, Cell>();
    for await (const response of responses) {
      count(cells, response);
      counted++;
    }
    // Base documents (no slot) with absolute counts: one delete and one insert, where FerretDB would commit every
    // update statement on its own.
    const docs = [...cells].map(([id, cell]) => baseDocument(id, cell));
    await this.exclusive(async () => {
      await models.NpsDaily.deleteMany({ survey });
      for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
        await models.NpsDaily.insertMany(docs.slice(i, i + INSERT_CHUNK), { lean: true });
      }
      // The recount includes every answer stored so far: counts not yet written would be added twice.
      for (const [id, added] of this.#unwritten) if (added.survey.equals(survey)) this.#unwritten.delete(id);
      await models.CountReset.create({
        _id: `reset:${survey}:${randomUUID()}`,
        slot: -1,
        seq: 0,
        holder: this.#holder,
        at: new Date(),
        reset: [survey],
      });
      this.#cache.delete(String(survey));
    });
    return counted;
  }

  #isOwn(delta: CountDelta): boolean {
    return delta.holder === this.#holder && delta.slot === this.#ownSlot;
  }

  /** Adds a delta's cells of this survey, unless the survey includes that delta already. */
  #apply(key: string, cached: Cached, delta: CountDelta): void {
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

  /** Reads a survey's cells, adds what this instance has not written and the feed's recent deltas, and caches it. */
  #load(survey: Types.ObjectId): Promise<Cached> {
    const key = String(survey);
    return this.exclusive(async () => {
      // The slots' progress first: a cell read after it can only be newer, never older.
      const leases = await this.#models.WriterLease.find({}, { slot: 1, epoch: 1, seq: 1 }).lean<
        WriterLease[]
      >();
      const applied = new Map<number, number>();
      for (const { slot, seq } of leases) applied.set(slot, Math.max(applied.get(slot) ?? 0, seq));
      const docs = await this.#models.NpsDaily.find({ survey }).lean<NpsDaily[]>();
      const cached: Cached = { cells: new Map(), applied, ahead: new Map() };
      for (const doc of docs) {
        merge(cached.cells, ...documentCell(doc));
        if (doc.slot !== null && doc.slot !== undefined && doc.v > (applied.get(doc.slot) ?? 0)) {
          cached.ahead.set(doc._id, doc.v);
        }
      }
      for (const [id, added] of this.#unwritten)
        if (added.survey.equals(survey)) merge(cached.cells, id, added);
      const pending = [...this.#recent.values()]
        .filter((delta) => !this.#isOwn(delta))
        .sort((a, b) => a.seq - b.seq);
      for (const delta of pending) this.#apply(key, cached, delta);
      this.#cache.set(key, cached);
      return cached;
    });
  }

  /** Counts made by this instance: in memory at once, in `unwritten` until the writer takes them. */
  #add(cells: ReadonlyMap<string, Cell>): void {
    for (const [id, added] of cells) {
      merge(this.#unwritten, id, added);
      const cached = this.#cache.get(String(added.survey), { updateAgeOnGet: false });
      if (cached) merge(cached.cells, id, added);
    }
  }
}

export const createAggregates = (models: Models, options?: AggregateOptions) =>
  new Aggregates(models, options);

export type AggregateService = Aggregates;
