import type { Types } from 'mongoose';
import type { NpsDimension, NpsFilter, TimeBucket } from '../graphql/__generated__/resolvers-types.ts';
import { BadUserInputError } from '../graphql/errors.ts';
import type { AggregateService } from './aggregates.ts';
import {
  addScores,
  differsSignificantly,
  EMPTY_TALLY,
  type MutableTally,
  type Score,
  score,
  subtract,
} from './nps-math.ts';

export interface Segment {
  readonly language: string | null;
  readonly market: string | null;
  readonly period: Date | null;
  readonly score: Score;
  readonly significant: boolean | null;
}

export interface Report {
  readonly overall: Score;
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

/** Codes are ASCII: a plain comparison orders them as `localeCompare` would, many times faster. */
const compareCodes = (a: string | null, b: string | null) => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The pre-aggregates count whole UTC days, so a report's bounds must fall on midnight UTC to stay exact. */
function dayBound(value: Date | null | undefined, field: 'from' | 'to'): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.getTime() % DAY_MS !== 0) {
    throw new BadUserInputError(
      `filter.${field} must be a UTC day boundary (e.g. 2026-11-01T00:00:00Z): reports count whole UTC days.`,
      `filter.${field}`,
    );
  }
  return value;
}

interface Group {
  readonly language: string | null;
  readonly market: string | null;
  readonly period: number | null;
  readonly tally: MutableTally;
}

/** NPS reports, computed from the daily pre-aggregates only (held in memory by `aggregates`): never from the raw responses. */
export function createNps(aggregates: AggregateService) {
  return {
    async report(
      survey: Types.ObjectId,
      filter: NpsFilter | null | undefined,
      groupBy: readonly NpsDimension[] | null | undefined,
      bucket: TimeBucket | null | undefined,
    ): Promise<Report> {
      const from = dayBound(filter?.from, 'from');
      const to = dayBound(filter?.to, 'to');
      if (from && to && from >= to)
        throw new BadUserInputError('filter.from must be before filter.to.', 'filter.from');
      const languages = filter?.languages ? new Set(filter.languages.map((l) => l.toLowerCase())) : undefined;
      const markets = filter?.markets ? new Set(filter.markets.map((m) => m.toUpperCase())) : undefined;
      const byLanguage = groupBy?.includes('LANGUAGE') ?? false;
      const byMarket = groupBy?.includes('MARKET') ?? false;

      const cells = (await aggregates.cells(survey)).values();

      // Summed in place: a year of cells is thousands, and a report is asked often.
      const overall = { ...EMPTY_TALLY };
      const grouped = byLanguage || byMarket || Boolean(bucket);
      /** By `language|market`, then by period start (ms). */
      const groups = new Map<string, Map<number, Group>>();
      for (const cell of cells) {
        if (from && cell.day < from) continue;
        if (to && cell.day >= to) continue;
        if (languages && !languages.has(cell.language)) continue;
        if (markets && !markets.has(cell.market ?? '')) continue;
        addScores(overall, cell.scores);
        if (!grouped) continue;
        const language = byLanguage ? cell.language : null;
        const market = byMarket ? (cell.market ?? null) : null;
        const period = bucket ? periodStart(cell.day, bucket) : 0;
        const segment = `${language}|${market}`;
        let periods = groups.get(segment);
        if (!periods) {
          periods = new Map();
          groups.set(segment, periods);
        }
        let group = periods.get(period);
        if (!group) {
          group = { language, market, period: bucket ? period : null, tally: { ...EMPTY_TALLY } };
          periods.set(period, group);
        }
        addScores(group.tally, cell.scores);
      }

      const segments = [...groups.values()]
        .flatMap((periods) => [...periods.values()])
        .sort(
          (a, b) =>
            (a.period ?? 0) - (b.period ?? 0) ||
            compareCodes(a.language, b.language) ||
            compareCodes(a.market, b.market),
        )
        .map(({ language, market, period, tally }) => ({
          language,
          market,
          period: period === null ? null : new Date(period),
          score: score(tally),
          significant: differsSignificantly(tally, subtract(overall, tally)),
        }));
      return { overall: score(overall), segments };
    },
  };
}

export type NpsService = ReturnType<typeof createNps>;
