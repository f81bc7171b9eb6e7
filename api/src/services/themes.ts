import type { Types } from 'mongoose';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import type { NpsDimension, NpsFilter, TimeBucket } from '../graphql/__generated__/resolvers-types.ts';
import type { Models } from '../models/index.ts';
import { themeIndex } from '../models/nps-daily.model.ts';
import { type Channel, MAX_CHANGES, type ResponseDoc } from '../models/response.model.ts';
import { answerThemes, withCorrection } from '../themes/corrections.ts';
import { THEMES, type Theme } from '../themes/lexicon.ts';
import type { AggregateService } from './aggregates.ts';
import type { IngestService, Stored } from './ingest.ts';
import { groupCells, type Population, placeOf, segmentMinimum } from './nps.ts';
import { type Score, score } from './nps-math.ts';

export interface ThemeCount {
  readonly theme: Theme;
  readonly responses: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly percent: number | null;
  readonly promoterPercent: number | null;
  readonly passivePercent: number | null;
  readonly detractorPercent: number | null;
}

export interface ThemeSegment {
  readonly language: string | null;
  readonly market: string | null;
  readonly channel: Channel | null;
  readonly period: Date | null;
  readonly score: Score;
  readonly themes: ThemeCount[];
}

export interface ThemeReport {
  readonly overall: ThemeSegment;
  readonly segments: ThemeSegment[];
}

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

const percent = (count: number, of: number) => (of === 0 ? null : (100 * count) / of);

/** Each theme's answers per category in a population, most frequent first. */
function themeCounts({ tally, themes }: Population): ThemeCount[] {
  const all = tally.promoters + tally.passives + tally.detractors;
  return THEMES.map((theme, t) => {
    const [promoters, passives, detractors] = [0, 1, 2].map(
      (category) => themes[themeIndex(category, t)] ?? 0,
    ) as [number, number, number];
    const responses = promoters + passives + detractors;
    return {
      theme,
      responses,
      promoters,
      passives,
      detractors,
      percent: percent(responses, all),
      promoterPercent: percent(promoters, tally.promoters),
      passivePercent: percent(passives, tally.passives),
      detractorPercent: percent(detractors, tally.detractors),
    };
  }).sort((a, b) => b.responses - a.responses);
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
          themes: themeCounts(overall),
        },
        segments: groups.map((group) => ({
          ...placeOf(group),
          score: score(group.tally, segmentMinimum(groupBy, minResponses)),
          themes: themeCounts(group),
        })),
      };
    },

    /**
     * A person's word on one theme of an answer's comment: it has the theme (`present` true), has it not (false), or
     * is the classifier's again (null). Counted exactly, through the writer's journal like a comment change, whichever
     * instances correct it at once; kept when the comments are classified again.
     */
    async correct(
      answer: Pick<Stored, '_id' | 'comment'>,
      theme: string,
      present: boolean | null,
      by: string,
      now = new Date(),
    ): Promise<ResponseDoc> {
      if (!isTheme(theme)) {
        throw new BadUserInputError(`${theme} is no comment theme: one of ${THEMES.join(', ')}.`, 'theme');
      }
      if (!answer.comment)
        throw new BadUserInputError('This answer has no comment to find themes in.', 'responseId');
      const amended = await ingest.amend(
        answer._id,
        {
          themeCorrections: (stored) =>
            withCorrection(stored.themeCorrections ?? [], theme, present, by, now),
        },
        answerThemes,
        { notify: false, limit: MAX_CHANGES },
      );
      if (amended.outcome === 'missing') throw new NotFoundError(`No response ${answer._id}.`);
      if (amended.outcome === 'too many changes') {
        throw new BadUserInputError(
          `This answer has been changed ${MAX_CHANGES} times; its themes are kept as they are.`,
          'theme',
        );
      }
      return models.Response.hydrate(amended.response);
    },
  };
}

export type ThemeService = ReturnType<typeof createThemes>;
