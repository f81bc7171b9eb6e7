import type { SubmitResponseInput } from '@nps/schema/types';
import { BadUserInputError, fromValidationError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import {
  type Channel,
  categoryOf,
  MAX_COMMENT_CHANGES,
  type ResponseDoc,
  responseId,
} from '../models/response.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { plainText } from '../models/validators.ts';
import { answerThemes, themesWith } from '../themes/corrections.ts';
import type { ThemeKey } from '../themes/lexicon.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';
import { type CustomerContactService, customerHash } from './customer-contacts.ts';
import type { IngestService } from './ingest.ts';
import type { Amendable, Stored } from './stored.ts';

const DAY_MS = 86_400_000;

function cleanText(value: string | null | undefined): string | null {
  const text = value === null || value === undefined ? '' : plainText(value).trim();
  return text ? text : null;
}

/** Attribute values are free text too: the same rule. */
function cleanAttributes(attributes: unknown): unknown {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return attributes ?? null;
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [
      key,
      typeof value === 'string' ? plainText(value) : value,
    ]),
  );
}

/** `el-CY` answers the survey's `el`; the language must be one the survey is given in. */
function surveyLanguage(tag: string, survey: SurveyDoc): { language: string; region: string | undefined } {
  const [primary = '', ...rest] = tag.trim().split(/[-_]/);
  const language = primary.toLowerCase();
  if (!survey.languages.includes(language)) {
    throw new BadUserInputError(
      `language "${tag.slice(0, 35)}" is not one of this survey's languages (${survey.languages.join(', ')}).`,
      'language',
    );
  }
  return { language, region: rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase() };
}

/** The market sent, or else the region of the language tag when the survey sells there. */
function surveyMarket(market: string | null | undefined, region: string | undefined, survey: SurveyDoc) {
  if (market === null || market === undefined || market.trim() === '') {
    return region && survey.markets.includes(region) ? region : null;
  }
  const code = market.trim().toUpperCase();
  if (!survey.markets.includes(code)) {
    throw new BadUserInputError(
      `market "${market.slice(0, 10)}" is not one of this survey's markets (${survey.markets.join(', ') || 'none'}).`,
      'market',
    );
  }
  return code;
}

/** Turns a visitor's answer into a stored response: checked against the model and the survey, exactly once. */
export function createSubmissions(
  models: Models,
  ingest: IngestService,
  contacts: CustomerContactService,
  outbox: WebhookOutbox,
) {
  /**
   * The answer as it would be stored, checked against the survey and every rule of the model, or a
   * `BadUserInputError` naming the field: what an import checks of every row before it stores any.
   */
  async function prepare(
    input: SubmitResponseInput,
    survey: SurveyDoc,
    now: Date,
    { check = true, channel = 'WIDGET' }: { check?: boolean; channel?: Channel } = {},
  ): Promise<ResponseDoc> {
    const comment = cleanText(input.comment);
    const { language, region } = surveyLanguage(input.language, survey);
    const category = categoryOf(input.score);
    const response = new models.Response({
      _id: responseId(survey._id, input.clientResponseId),
      survey: survey._id,
      clientResponseId: input.clientResponseId.toLowerCase(),
      score: input.score,
      category,
      comment,
      themes: answerThemes({ comment, language, category }, survey),
      language,
      market: surveyMarket(input.market, region, survey),
      channel,
      pageUrl: cleanText(input.pageUrl),
      attributes: cleanAttributes(input.attributes),
      createdAt: now,
    });
    if (check) await response.validate().catch((error: unknown) => fromValidationError(error));
    return response;
  }

  return {
    prepare,

    /**
     * Stores an answer; `notify` false for past answers (an import), which make no webhook events. With `amend`
     * false (an import), an answer stored already is left as it is, whatever comment the input carries. `checked`:
     * the caller checked this very input with `prepare` already (an import checks every row before storing any),
     * so the model's rules are not checked twice. `channel`: where it was given (the widget's, unless said).
     * `lastScoreWins`: an answer stored already takes this score (an email's later click), where the widget's
     * resubmits keep the first.
     */
    async submit(
      input: SubmitResponseInput,
      survey: SurveyDoc,
      now = new Date(),
      {
        notify = true,
        amend = true,
        checked = false,
        channel = 'WIDGET',
        lastScoreWins = false,
      }: {
        notify?: boolean;
        amend?: boolean;
        checked?: boolean;
        channel?: Channel;
        lastScoreWins?: boolean;
      } = {},
    ): Promise<{ response: ResponseDoc; duplicate: boolean }> {
      const response = await prepare(input, survey, now, { check: !checked, channel });
      const { comment } = response;

      // Its webhook events are stored with it, before the acknowledgement (never for a duplicate).
      const outcome = await ingest.insert(response.toObject() as Stored, { notify });
      // An identified customer is not asked again on their other devices within the recontact period (an answer
      // from before it, such as an imported one, says nothing about that).
      const customerId = (input.attributes as Record<string, unknown> | null | undefined)?.['customerId'];
      const recent = Date.now() - now.getTime() < survey.recontactDays * DAY_MS;
      if (outcome === 'inserted' && recent && typeof customerId === 'string' && customerId) {
        await contacts.answered(survey._id, customerHash(survey.siteKey, customerId), now);
      }
      if (outcome === 'inserted') return { response, duplicate: false };

      // The same answer again (a retry, or the follow-up comment): counted once, and the comment kept with its themes.
      if ((comment || lastScoreWins) && amend) {
        // Classified in `prepare` already: the same comment, in the same language and category, without corrections.
        const themesOf = (answer: Amendable) =>
          answer.comment === comment &&
          answer.language === response.language &&
          answer.category === response.category &&
          !answer.themeCorrections?.length
            ? [...(response.themes as ThemeKey[])]
            : themesWith(survey)(answer);
        const amended = await ingest.amend(
          response._id,
          { comment: comment ?? undefined, score: lastScoreWins ? input.score : undefined },
          themesOf,
          { notify },
        );
        if (amended.outcome === 'too many changes') {
          throw new BadUserInputError(
            `this answer's comment was changed ${MAX_COMMENT_CHANGES} times already; it is kept as it is.`,
            'comment',
          );
        }
        // A detractor's announcement to come carries the comment too; one who is no longer a detractor has none.
        if (amended.outcome === 'changed' && notify) {
          if (amended.response.category === 'DETRACTOR') await outbox.refreshOverdue(amended.response);
          else if (lastScoreWins) await outbox.cancelOverdue(amended.response._id);
        }
        if (amended.response) return { response: models.Response.hydrate(amended.response), duplicate: true };
      }
      // Gone since it was stored (erased at the respondent's request): acknowledged, so that the browser stops
      // sending it, and nothing stored again.
      const stored = await models.Response.findById(response._id);
      return { response: stored ?? response, duplicate: true };
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissions>;
