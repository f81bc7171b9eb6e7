import type { NpsDimension, TimeBucket } from '@nps/schema/types';
import { type Connection, Types } from 'mongoose';
import { utcDay } from '../models/nps-daily.model.ts';
import { categoryOf } from '../models/response.model.ts';
import { periodStart } from '../reports/nps.ts';
import { THEMES } from '../themes/lexicon.ts';

export interface Counts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** A report's counts, overall and per segment (keyed `period|language|market|channel`, sorted), as tests compare them. */
export interface ReportCounts {
  readonly overall: Counts;
  readonly segments: ({ key: string } & Counts)[];
}

/** The `nps` query, with the counts that `countsOf` reads. */
export const NPS_COUNTS = /* GraphQL */ `
  query ($id: ID!, $groupBy: [NpsDimension!], $bucket: TimeBucket) {
    nps(surveyId: $id, groupBy: $groupBy, bucket: $bucket) {
      overall { responses promoters passives detractors }
      segments { language market channel period score { responses promoters passives detractors } }
    }
  }
`;

interface NpsCounts {
  readonly overall: Counts;
  readonly segments: readonly {
    language: string | null;
    market: string | null;
    channel: string | null;
    period: string | null;
    score: Counts;
  }[];
}

const bySegment = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);

/** The counts of an `NPS_COUNTS` answer. */
export function countsOf(nps: NpsCounts): ReportCounts {
  const { responses, promoters, passives, detractors } = nps.overall;
  return {
    overall: { responses, promoters, passives, detractors },
    segments: nps.segments
      .map(({ language, market, channel, period, score }) => ({
        key: `${period && new Date(period).toISOString()}|${language}|${market}|${channel}`,
        responses: score.responses,
        promoters: score.promoters,
        passives: score.passives,
        detractors: score.detractors,
      }))
      .sort(bySegment),
  };
}

/** The same report counted from a survey's raw responses: what the pre-aggregates must always equal. */
export async function recountNps(
  db: Connection,
  surveyId: string,
  groupBy: readonly NpsDimension[] = [],
  bucket: TimeBucket | null = null,
): Promise<ReportCounts> {
  const docs = await db
    .collection('responses')
    .find(
      { survey: new Types.ObjectId(surveyId) },
      { projection: { score: 1, language: 1, market: 1, channel: 1, createdAt: 1 } },
    )
    .toArray();
  const empty = (): Counts => ({ responses: 0, promoters: 0, passives: 0, detractors: 0 });
  const overall = empty();
  const segments = new Map<string, Counts>();
  for (const doc of docs) {
    const day = utcDay(doc['createdAt'] as Date);
    const period = bucket ? new Date(periodStart(day, bucket)).toISOString() : null;
    const language = groupBy.includes('LANGUAGE') ? doc['language'] : null;
    const market = groupBy.includes('MARKET') ? (doc['market'] ?? null) : null;
    // Answers stored before channels existed have none: the widget's.
    const channel = groupBy.includes('CHANNEL') ? (doc['channel'] ?? 'WIDGET') : null;
    const key = `${period}|${language}|${market}|${channel}`;
    const tally = segments.get(key) ?? empty();
    segments.set(key, tally);
    const field = ({ PROMOTER: 'promoters', PASSIVE: 'passives', DETRACTOR: 'detractors' } as const)[
      categoryOf(doc['score'] as number)
    ];
    for (const counts of [overall, tally]) {
      counts.responses++;
      counts[field]++;
    }
  }
  const grouped = groupBy.length > 0 || bucket !== null;
  return {
    overall,
    segments: grouped ? [...segments].map(([key, counts]) => ({ key, ...counts })).sort(bySegment) : [],
  };
}

/** A survey's report by language, market and day, as the admin reads it from `app`: what a recount must equal. */
export async function reportedCounts(
  app: { admin<T>(query: string, variables?: unknown): Promise<T> },
  surveyId: string,
): Promise<ReportCounts> {
  const { nps } = await app.admin<{ nps: NpsCounts }>(NPS_COUNTS, {
    id: surveyId,
    groupBy: ['LANGUAGE', 'MARKET'],
    bucket: 'DAY',
  });
  return countsOf(nps);
}

/** The `themes` query overall, with the counts `themeCountsOf` and `customThemeCountsOf` read. */
export const THEME_COUNTS = /* GraphQL */ `
  query ($id: ID!) {
    themes(surveyId: $id) {
      overall {
        themes { theme responses promoters passives detractors }
        customThemes { code responses promoters passives detractors }
      }
    }
  }
`;

/** Per theme, its answers per category, sorted by theme. */
export type ThemeCounts = ({ theme: string } & Counts)[];

/** Theme counts as tests compare them: the counts alone, sorted by theme. */
export function themeCounts(themes: readonly ({ theme: string } & Counts)[]): ThemeCounts {
  return themes
    .map(({ theme, responses, promoters, passives, detractors }) => ({
      theme,
      responses,
      promoters,
      passives,
      detractors,
    }))
    .sort((a, b) => (a.theme < b.theme ? -1 : 1));
}

/** The counts of a `THEME_COUNTS` answer. */
export const themeCountsOf = (themes: { overall: { themes: ({ theme: string } & Counts)[] } }): ThemeCounts =>
  themeCounts(themes.overall.themes);

/** The survey's own themes' counts of a `THEME_COUNTS` answer, by code, as `recountCustomThemes` gives them. */
export const customThemeCountsOf = (themes: {
  overall: { customThemes?: ({ code: string } & Counts)[] };
}): ThemeCounts =>
  themeCounts((themes.overall.customThemes ?? []).map(({ code, ...counts }) => ({ theme: code, ...counts })));

/**
 * The theme counts from a survey's raw responses' themes (of one language, if given): what the pre-aggregates must
 * always equal. `named`: which stored key is counted under which name (the built-in themes, unless given).
 */
export async function recountThemes(
  db: Connection,
  surveyId: string,
  language?: string,
  named: ReadonlyMap<string, string> = new Map(THEMES.map((theme) => [theme, theme])),
): Promise<ThemeCounts> {
  const docs = await db
    .collection('responses')
    .find(
      { survey: new Types.ObjectId(surveyId), ...(language && { language }) },
      { projection: { score: 1, themes: 1 } },
    )
    .toArray();
  const counts = new Map(
    [...named].map(([key, theme]) => [
      key,
      { theme, responses: 0, promoters: 0, passives: 0, detractors: 0 },
    ]),
  );
  for (const doc of docs) {
    const field = ({ PROMOTER: 'promoters', PASSIVE: 'passives', DETRACTOR: 'detractors' } as const)[
      categoryOf(doc['score'] as number)
    ];
    for (const key of (doc['themes'] as string[] | undefined) ?? []) {
      const tally = counts.get(key);
      if (!tally) continue;
      tally.responses++;
      tally[field]++;
    }
  }
  return [...counts.values()].sort((a, b) => (a.theme < b.theme ? -1 : 1));
}

/** The survey's own themes counted from its raw responses, by code: its themes' slots as stored on the survey. */
export async function recountCustomThemes(db: Connection, surveyId: string): Promise<ThemeCounts> {
  const survey = await db.collection('surveys').findOne({ _id: new Types.ObjectId(surveyId) });
  const themes = (survey?.['customThemes'] ?? []) as { slot: string; code: string }[];
  return recountThemes(db, surveyId, undefined, new Map(themes.map(({ slot, code }) => [slot, code])));
}
