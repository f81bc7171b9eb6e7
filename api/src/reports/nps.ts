import type { NpsComparison, NpsDimension, NpsFilter, TimeBucket } from '@nps/schema/types';
import type { Types } from 'mongoose';
import { BadUserInputError } from '../errors.ts';
import { THEME_FIELDS } from '../models/nps-daily.model.ts';
import type { Channel } from '../models/response.model.ts';
import type { AggregateService } from './aggregates.ts';
import type { Cell } from './cells.ts';
import {
  addScores,
  differenceMargin,
  differsSignificantly,
  EMPTY_TALLY,
  type MutableTally,
  type Score,
  score,
  subtract,
  type Tally,
} from './nps-math.ts';

export interface Change {
  readonly previous: Score;
  readonly points: number | null;
  readonly marginOfError: number | null;
  readonly significant: boolean | null;
}

export interface Segment {
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
  readonly period: Date | null;
  readonly score: Score;
  readonly significant: boolean | null;
  readonly change: Change | null;
}

export interface Report {
  readonly overall: Score;
  readonly overallChange: Change | null;
  readonly segments: Segment[];
}

const DAY_MS = 86_400_000;

/** Start of the UTC day, ISO week (Monday) or month that contains `day`, in ms since the epoch. */
export function periodStart(day: Date, bucket: TimeBucket): number {
  switch (bucket) {
    case 'DAY':
      return day.getTime();
    case 'WEEK':
      return day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS;
    case 'MONTH':
      return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  }
}

/** Which period of a report starting at `from` the period starting at `start` is: 0, 1, ... */
function periodIndex(start: number, from: Date, bucket: TimeBucket): number {
  const first = periodStart(from, bucket);
  if (bucket === 'MONTH') {
    const a = new Date(first);
    const b = new Date(start);
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  }
  return Math.round((start - first) / (bucket === 'WEEK' ? 7 * DAY_MS : DAY_MS));
}

/** Codes are ASCII: a plain comparison orders them as `localeCompare` would, many times faster. */
const compareCodes = (a: string | null, b: string | null) => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The pre-aggregates count whole UTC days, so a report's bounds must fall on midnight UTC to stay exact. */
function dayBound(value: Date | null | undefined, field: string): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.getTime() % DAY_MS !== 0) {
    throw new BadUserInputError(
      `${field} must be a UTC day boundary (e.g. 2026-11-01T00:00:00Z): reports count whole UTC days.`,
      field,
    );
  }
  return value;
}

/** A population's counts: its scores, and its answers per category and theme (`THEME_FIELDS`). */
export interface Population {
  readonly tally: MutableTally;
  readonly themes: number[];
}

export interface Group extends Population {
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
  readonly period: number | null;
}

export interface Grouped {
  readonly overall: Population;
  /** Sorted by period, then language, then market, then channel. */
  readonly groups: Group[];
}

const population = (): Population => ({
  tally: { ...EMPTY_TALLY },
  themes: new Array(THEME_FIELDS.length).fill(0),
});

function addCell(into: Population, cell: Cell): void {
  addScores(into.tally, cell.scores);
  if (!cell.themes) return;
  for (let i = 0; i < cell.themes.length; i++) into.themes[i] = (into.themes[i] ?? 0) + (cell.themes[i] ?? 0);
}

/**
 * Sums a survey's cells into the report's populations: the whole filtered population and, when grouped, one per
 * language, market, channel and period. What `nps` and `themes` both report from.
 */
export function groupCells(
  cells: Iterable<Cell>,
  filter: NpsFilter | null | undefined,
  groupBy: readonly NpsDimension[] | null | undefined,
  bucket: TimeBucket | null | undefined,
  window: { from?: Date | undefined; to?: Date | undefined } = {
    from: dayBound(filter?.from, 'filter.from'),
    to: dayBound(filter?.to, 'filter.to'),
  },
): Grouped {
  const { from, to } = window;
  if (from && to && from >= to)
    throw new BadUserInputError('filter.from must be before filter.to.', 'filter.from');
  const languages = filter?.languages ? new Set(filter.languages.map((l) => l.toLowerCase())) : undefined;
  const markets = filter?.markets ? new Set(filter.markets.map((m) => m.toUpperCase())) : undefined;
  const channels = filter?.channels ? new Set<string>(filter.channels) : undefined;
  const byLanguage = groupBy?.includes('LANGUAGE') ?? false;
  const byMarket = groupBy?.includes('MARKET') ?? false;
  const byChannel = groupBy?.includes('CHANNEL') ?? false;
  const grouped = byLanguage || byMarket || byChannel || Boolean(bucket);

  // Summed in place: a year of cells is thousands, and a report is asked often.
  const overall = population();
  /** By `language|market|channel`, then by period start (ms). */
  const groups = new Map<string, Map<number, Group>>();
  for (const cell of cells) {
    if (from && cell.day < from) continue;
    if (to && cell.day >= to) continue;
    if (languages && !languages.has(cell.language)) continue;
    if (markets && !markets.has(cell.market ?? '')) continue;
    if (channels && !channels.has(cell.channel)) continue;
    addCell(overall, cell);
    if (!grouped) continue;
    const language = byLanguage ? cell.language : null;
    const market = byMarket ? (cell.market ?? null) : null;
    const channel = byChannel ? cell.channel : null;
    const period = bucket ? periodStart(cell.day, bucket) : 0;
    const segment = `${language}|${market}|${channel}`;
    let periods = groups.get(segment);
    if (!periods) {
      periods = new Map();
      groups.set(segment, periods);
    }
    let group = periods.get(period);
    if (!group) {
      group = { language, market, channel, period: bucket ? period : null, ...population() };
      periods.set(period, group);
    }
    addCell(group, cell);
  }
  return {
    overall,
    groups: [...groups.values()]
      .flatMap((periods) => [...periods.values()])
      .sort(
        (a, b) =>
          (a.period ?? 0) - (b.period ?? 0) ||
          compareCodes(a.language, b.language) ||
          compareCodes(a.market, b.market) ||
          compareCodes(a.channel, b.channel),
      ),
  };
}

/** Where a group stands: its language, market, channel and period. */
export function placeOf(group: Group): Pick<Segment, 'language' | 'market' | 'channel' | 'period'> {
  return {
    language: group.language,
    market: group.market,
    channel: group.channel,
    period: group.period === null ? null : new Date(group.period),
  };
}

/**
 * The fewest answers for a segment's NPS: the survey's minimum for segments of languages, markets and channels; a trend's
 * periods keep their NPS, their margin says how little a thin one tells.
 */
export function segmentMinimum(
  groupBy: readonly NpsDimension[] | null | undefined,
  minResponses = 1,
): number {
  return groupBy?.length ? minResponses : 1;
}

function change(now: Score, nowTally: Tally, then: Tally, minResponses: number): Change {
  const previous = score(then, minResponses);
  if (now.nps === null || previous.nps === null) {
    return { previous, points: null, marginOfError: null, significant: null };
  }
  const points = now.nps - previous.nps;
  const margin = differenceMargin(nowTally, then);
  return {
    previous,
    points,
    marginOfError: margin,
    significant: margin === null ? null : Math.abs(points) > margin,
  };
}

/** NPS reports, computed from the daily pre-aggregates only (held in memory by `aggregates`): never from the raw responses. */
export function createNps(aggregates: AggregateService) {
  return {
    async report(
      survey: Types.ObjectId,
      filter: NpsFilter | null | undefined,
      groupBy: readonly NpsDimension[] | null | undefined,
      bucket: TimeBucket | null | undefined,
      options: { compareTo?: NpsComparison | null | undefined; minResponses?: number } = {},
    ): Promise<Report> {
      const { compareTo } = options;
      const minResponses = segmentMinimum(groupBy, options.minResponses);
      const window = { from: dayBound(filter?.from, 'filter.from'), to: dayBound(filter?.to, 'filter.to') };
      const previousWindow = compareTo && {
        from: dayBound(compareTo.from, 'compareTo.from'),
        to: dayBound(compareTo.to, 'compareTo.to'),
      };
      if (previousWindow && (!window.from || !window.to)) {
        throw new BadUserInputError(
          'compareTo needs a report period: filter.from and filter.to.',
          'compareTo',
        );
      }
      if (previousWindow?.from && previousWindow.to && previousWindow.from >= previousWindow.to) {
        throw new BadUserInputError('compareTo.from must be before compareTo.to.', 'compareTo.from');
      }

      const cells = [...(await aggregates.cells(survey)).values()];
      const { overall, groups } = groupCells(cells, filter, groupBy, bucket, window);
      const before = previousWindow && groupCells(cells, filter, groupBy, bucket, previousWindow);
      const keyOf = (group: Group, from: Date | undefined) =>
        `${group.language}|${group.market}|${group.channel}|${bucket && from && group.period !== null ? periodIndex(group.period, from, bucket) : 0}`;
      const previous = new Map(
        before?.groups.map((group) => [keyOf(group, previousWindow?.from), group.tally]),
      );

      const overallScore = score(overall.tally);
      const segments = groups.map((group) => {
        const segmentScore = score(group.tally, minResponses);
        const rest = subtract(overall.tally, group.tally);
        return {
          ...placeOf(group),
          score: segmentScore,
          significant: segmentScore.hidden ? null : differsSignificantly(group.tally, rest),
          change: before
            ? change(
                segmentScore,
                group.tally,
                previous.get(keyOf(group, window.from)) ?? EMPTY_TALLY,
                minResponses,
              )
            : null,
        };
      });
      return {
        overall: overallScore,
        overallChange: before ? change(overallScore, overall.tally, before.overall.tally, 1) : null,
        segments,
      };
    },
  };
}

export type NpsService = ReturnType<typeof createNps>;
