import { setTimeout as sleep } from 'node:timers/promises';
import { BadUserInputError } from '../errors.ts';
import { SITE_KEY_CACHE_MS, type SurveyService } from '../surveys/surveys.ts';
import type { ErasureService } from './erasure.ts';

export interface SurveyDeletion {
  readonly surveyId: string;
  readonly responses: number;
  readonly readTokens: number;
  readonly webhooks: number;
  readonly at: Date;
}

/**
 * Deleting a survey for good: paused first, so that no instance takes an answer for it once its site-key cache has
 * run out; then every answer erased as a respondent's erasure is (counts, follow-ups, webhook deliveries, logged);
 * then its own documents. Stopped half-way, the survey is still there, paused, and deleting it again finishes.
 */
export function createSurveyDeletion(surveys: SurveyService, erasure: ErasureService) {
  return {
    async delete(id: string, confirmBrand: string, by: string): Promise<SurveyDeletion> {
      const survey = await surveys.get(id);
      if (confirmBrand.trim() !== survey.brand) {
        throw new BadUserInputError(
          `confirmBrand must be the survey's brand as stored ("${survey.brand}"); nothing was deleted.`,
          'confirmBrand',
        );
      }
      if (survey.active) {
        await surveys.update(id, { active: false });
        await sleep(SITE_KEY_CACHE_MS * 2);
      }
      const responses = await erasure.eraseSurvey(survey._id, by);
      const removed = await surveys.remove(survey);
      return { surveyId: String(survey._id), responses, ...removed, at: new Date() };
    },
  };
}

export type SurveyDeletionService = ReturnType<typeof createSurveyDeletion>;
