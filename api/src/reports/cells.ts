import type { Types } from 'mongoose';
import type { DeltaCell } from '../models/count-delta.model.ts';
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
import { THEME_KEYS, type ThemeKey } from '../themes/lexicon.ts';

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

/** Counts an answer (`by` -1: takes it away) into its cell of `cells`. */
export function count(cells: Map<string, Cell>, response: Counted, by = 1): void {
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
export function merge(cells: Map<string, Cell>, id: string, added: Cell): void {
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

/**
 * A cell as a delta stores it: its theme counts sparse (`themeCounts`, left out when none), without `channel` for the
 * widget's.
 */
export function deltaCell(id: string, cell: Cell): DeltaCell {
  const { themes, channel, ...rest } = cell;
  const themeCounts: number[] = [];
  themes?.forEach((n, i) => {
    if (n) themeCounts.push(i, n);
  });
  return {
    id,
    ...rest,
    market: cell.market ?? null,
    ...(channel !== 'WIDGET' ? { channel } : {}),
    ...(themeCounts.length ? { themeCounts } : {}),
  };
}

/** A delta's cell's theme counts that are not 0, as index in `THEME_FIELDS` and count, from either form. */
export function* deltaThemeCounts(
  cell: Pick<DeltaCell, 'themeCounts' | 'themes'>,
): Generator<[number, number]> {
  const pairs = cell.themeCounts;
  if (pairs) {
    for (let i = 0; i + 1 < pairs.length; i += 2) yield [pairs[i] as number, pairs[i + 1] as number];
    return;
  }
  for (const [i, n] of (cell.themes ?? []).entries()) if (n) yield [i, n];
}

/** A delta's cell's theme counts by index in `THEME_FIELDS`; undefined when it has none. */
function deltaThemes(cell: Pick<DeltaCell, 'themeCounts' | 'themes'>): number[] | undefined {
  let themes: number[] | undefined;
  for (const [i, n] of deltaThemeCounts(cell)) {
    themes ??= new Array<number>(THEME_FIELDS.length).fill(0);
    themes[i] = (themes[i] ?? 0) + n;
  }
  return themes;
}

/** A delta's (or a stored document's) cell as counted in memory: null market and channel filled in. */
export function storedCell({ themeCounts, themes, ...cell }: Omit<DeltaCell, 'id'>): Cell {
  return {
    ...cell,
    market: cell.market ?? null,
    channel: channelOf(cell),
    themes: deltaThemes({ themeCounts, themes }),
  };
}

/** A stored cell document (a slot's, or a base one) as counted in memory, with the id of its cell. */
export function documentCell(doc: NpsDaily): [string, Cell] {
  return [
    cellOf(doc._id),
    {
      survey: doc.survey,
      day: doc.day,
      language: doc.language,
      market: doc.market ?? null,
      channel: channelOf(doc),
      scores: SCORE_FIELDS.map((field) => doc[field] ?? 0),
      themes: THEME_FIELDS.some((field) => doc[field])
        ? THEME_FIELDS.map((field) => doc[field] ?? 0)
        : undefined,
    },
  ];
}

/** A cell as a base document (no slot) with absolute counts: what a recount writes. */
export function baseDocument(id: string, cell: Cell) {
  return {
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
  };
}
