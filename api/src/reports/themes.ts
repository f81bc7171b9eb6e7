import type { NpsDimension, NpsFilter, TimeBucket } from '@nps/schema/types';
import type { Types } from 'mongoose';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import type { IngestService } from '../ingest/ingest.ts';
import type { Stored } from '../ingest/stored.ts';
import type { Models } from '../models/index.ts';
import { themeIndex } from '../models/nps-daily.model.ts';
import { type Channel, MAX_CHANGES, type ResponseDoc } from '../models/response.model.ts';
import { themesWith, withCorrection } from '../themes/corrections.ts';
import { classifyFor, type SurveyThemes } from '../themes/custom-themes.ts';
import { THEME_KEYS, THEMES, type Theme, type ThemeKey } from '../themes/lexicon.ts';
import { type CueSuggestion, SUGGESTED_FROM, suggestCues } from '../themes/suggest.ts';
import type { AggregateService } from './aggregates.ts';
import { groupCells, type Population, placeOf, segmentMinimum } from './nps.ts';
import { type Score, score } from './nps-math.ts';

/** How many of a population's answers had one theme, in all and per category, and what share. */
interface Tally {
  readonly responses: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly percent: number | null;
  readonly promoterPercent: number | null;
  readonly passivePercent: number | null;
  readonly detractorPercent: number | null;
}

export interface ThemeCount extends Tally {
  readonly theme: Theme;
}

export interface CustomThemeCount extends Tally {
  readonly code: string;
}

export interface ThemeSegment {
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
  readonly period: Date | null;
  readonly score: Score;
  readonly themes: ThemeCount[];
  readonly customThemes: CustomThemeCount[];
}

export interface ThemeReport {
  readonly overall: ThemeSegment;
  readonly segments: ThemeSegment[];
}

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

const percent = (count: number, of: number) => (of === 0 ? null : (100 * count) / of);

/** A theme's answers per category in a population (`key`: its index in `THEME_KEYS`). */
function tally({ tally, themes }: Population, key: number): Tally {
  const all = tally.promoters + tally.passives + tally.detractors;
  const [promoters, passives, detractors] = [0, 1, 2].map(
    (category) => themes[themeIndex(category, key)] ?? 0,
  ) as [number, number, number];
  const responses = promoters + passives + detractors;
  return {
    responses,
    promoters,
    passives,
    detractors,
    percent: percent(responses, all),
    promoterPercent: percent(promoters, tally.promoters),
    passivePercent: percent(passives, tally.passives),
    detractorPercent: percent(detractors, tally.detractors),
  };
}

const mostFirst = (a: Tally, b: Tally) => b.responses - a.responses;

/** Each theme's answers per category in a population, most frequent first: the built-in, then the survey's own. */
function counts(population: Population, custom: readonly CustomThemeSlot[]) {
  return {
    themes: THEMES.map((theme, t) => ({ theme, ...tally(population, t) })).sort(mostFirst),
    customThemes: custom
      .map(({ code, slot }) => ({ code, ...tally(population, THEME_KEYS.indexOf(slot as ThemeKey)) }))
      .sort(mostFirst),
  };
}

/** One of a survey's own themes, and the slot it is counted in. */
export interface CustomThemeSlot {
  readonly code: string;
  readonly slot: string;
}

/**
 * Comment themes over time and segments: reported from the same pre-aggregated cells as NPS (each answer's themes
 * are counted with its score), and corrected by people (`reclassification.ts` classifies them again).
 */
export function createThemes(models: Models, aggregates: AggregateService, ingest: IngestService) {
  return {
    async report(
      survey: Types.ObjectId,
      filter: NpsFilter | null | undefined,
      groupBy: readonly NpsDimension[] | null | undefined,
      bucket: TimeBucket | null | undefined,
      minResponses = 1,
      custom: readonly CustomThemeSlot[] = [],
    ): Promise<ThemeReport> {
      const { overall, groups } = groupCells(
        (await aggregates.cells(survey)).values(),
        filter,
        groupBy,
        bucket,
      );
      return {
        overall: {
          language: null,
          market: null,
          channel: null,
          period: null,
          score: score(overall.tally),
          ...counts(overall, custom),
        },
        segments: groups.map((group) => ({
          ...placeOf(group),
          score: score(group.tally, segmentMinimum(groupBy, minResponses)),
          ...counts(group, custom),
        })),
      };
    },

    /**
     * A person's word on one theme of an answer's comment: it has the theme (`present` true), has it not (false), or
     * is the classifier's again (null). `theme` is a built-in theme, or with `custom` the code of one of the
     * survey's own. Counted exactly, through the writer's journal like a comment change, whichever instances correct
     * it at once; kept when the comments are classified again.
     */
    async correct(
      answer: Pick<Stored, '_id' | 'comment'>,
      theme: string,
      present: boolean | null,
      by: string,
      survey: SurveyThemes,
      { custom = false, now = new Date() }: { custom?: boolean; now?: Date } = {},
    ): Promise<ResponseDoc> {
      const key = custom ? survey.customThemes?.find(({ code }) => code === theme)?.slot : theme;
      if (custom && !key) {
        const codes = (survey.customThemes ?? []).map(({ code }) => code);
        throw new BadUserInputError(
          `${theme.slice(0, 40)} is none of this survey's own themes${codes.length ? `: one of ${codes.join(', ')}` : ''}.`,
          'code',
        );
      }
      if (!custom && !isTheme(theme)) {
        throw new BadUserInputError(`${theme} is no comment theme: one of ${THEMES.join(', ')}.`, 'theme');
      }
      if (!answer.comment)
        throw new BadUserInputError('This answer has no comment to find themes in.', 'responseId');
      const amended = await ingest.amend(
        answer._id,
        {
          themeCorrections: (stored) =>
            withCorrection(
              stored.themeCorrections ?? [],
              key as ThemeKey,
              present,
              by,
              now,
              custom ? theme : undefined,
            ),
        },
        themesWith(survey),
        { notify: false, limit: MAX_CHANGES },
      );
      if (amended.outcome === 'missing') throw new NotFoundError(`No response ${answer._id}.`);
      if (amended.outcome === 'too many changes') {
        throw new BadUserInputError(
          `This answer has been changed ${MAX_CHANGES} times; its themes are kept as they are.`,
          custom ? 'code' : 'theme',
        );
      }
      return models.Response.hydrate(amended.response);
    },

    /**
     * Where an answer's comment gives its themes, with the survey's cues and themes as they are now (which is what a
     * reclassification would use): the built-in themes' matches, and its own themes' by code.
     */
    explain(answer: Pick<Stored, 'comment' | 'language' | 'category'>, survey: SurveyThemes) {
      const { matches } = classifyFor(answer.comment, answer.language, answer.category, survey);
      const code = new Map((survey.customThemes ?? []).map((theme) => [theme.slot, theme.code]));
      return {
        builtIn: matches.flatMap((match) => (isTheme(match.theme) ? [{ ...match, theme: match.theme }] : [])),
        custom: matches.flatMap(({ theme, start, end, polarity, counted }) => {
          const named = code.get(theme);
          return named ? [{ code: named, start, end, polarity, counted }] : [];
        }),
      };
    },

    /**
     * The cue words the survey's corrections suggest (`suggest.ts`), from its latest answers a person gave a theme
     * that the classifier had not found.
     */
    async suggestions(survey: Types.ObjectId, themes: SurveyThemes): Promise<CueSuggestion[]> {
      const corrected = await models.Response.find(
        { survey, themeCorrections: { $exists: true }, comment: { $ne: null } },
        { comment: 1, language: 1, category: 1, themeCorrections: 1 },
      )
        .sort({ _id: -1 })
        .limit(SUGGESTED_FROM)
        .lean<Pick<Stored, 'comment' | 'language' | 'category' | 'themeCorrections'>[]>();
      return suggestCues(corrected, themes);
    },
  };
}

export type ThemeService = ReturnType<typeof createThemes>;
