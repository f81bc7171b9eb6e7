import type { SurveyLinkInput } from '@nps/schema/types';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors.ts';
import { type CustomerContactService, customerHash } from '../ingest/customer-contacts.ts';
import type { SubmissionService } from '../ingest/submissions.ts';
import type { Models } from '../models/index.ts';
import { categoryOf, derivedClientResponseId, responseId } from '../models/response.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { UUID } from '../models/validators.ts';
import type { SurveyService } from '../surveys/surveys.ts';
import { emailHtml, emailText } from './email-snippet.ts';
import { createLinkKeys } from './link-keys.ts';
import {
  isSigned,
  type LinkClaims,
  type LinkRefusal,
  MAX_LINK_ID,
  signLink,
  verifyLink,
} from './link-signature.ts';
import { surveyTexts } from './survey-texts.ts';
import { pageTexts } from './texts/all.ts';

const DAY_MS = 86_400_000;
/** Recipients per `surveyLinks` call: a send's worth, well under the request's size. */
export const MAX_RECIPIENTS = 500;
const DEFAULT_EXPIRY_DAYS = 30;
const MAX_EXPIRY_DAYS = 365;

/**
 * Who the hosted page asks: a signed link's claims but its key and expiry (the score one chose is shown chosen, not
 * recorded: see the README's scanner rule), or the plain page's query string.
 */
export type Asked = Omit<LinkClaims, 'key' | 'expires'> & {
  /** Whether a signed link says so (its customer vouched for by the survey's key), or the plain page's address. */
  readonly signed: boolean;
};

export type Opened =
  | { readonly ok: true; readonly survey: SurveyDoc; readonly asked: Asked }
  | { readonly ok: false; readonly refusal: LinkRefusal | 'closed'; readonly language: string | null };

/** What the hosted page posts: the visitor's score and comment, and the id the page gave this answer. */
export interface PageAnswer {
  readonly score: number;
  readonly comment?: string | null | undefined;
  readonly answerId?: string | null | undefined;
}

/**
 * The same answer id for every click of one customer in one send: their later clicks change that answer rather than
 * add one. Not secret, and never the customer id itself.
 */
function linkAnswerId(survey: SurveyDoc, asked: Asked): string {
  return derivedClientResponseId(`${survey._id}\n${asked.customer ?? ''}\n${asked.send ?? ''}`);
}

function checkId(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value.length > MAX_LINK_ID || /[\n\r]/.test(value)) {
    throw new BadUserInputError(`${field} must be at most ${MAX_LINK_ID} characters on one line.`, field);
  }
  return value;
}

/**
 * The survey's language and market a query string names; without a language (a QR code on a receipt), the first of
 * the browser's (`Accept-Language`) the survey is given in, else its default.
 */
function plainAsked(survey: SurveyDoc, params: URLSearchParams, acceptLanguage: string): Asked {
  const browser = acceptLanguage.split(',').map((tag) => tag.split(/[-_;]/)[0]?.trim().toLowerCase() ?? '');
  const language = [params.get('lang')?.toLowerCase() ?? '', ...browser].find((tag) =>
    survey.languages.includes(tag),
  );
  const market = params.get('market')?.toUpperCase() ?? '';
  const customer = params.get('customer');
  return {
    language: language ?? survey.defaultLanguage,
    market: survey.markets.includes(market) ? market : null,
    customer: customer && customer.length <= MAX_LINK_ID && !/[\n\r]/.test(customer) ? customer : null,
    send: null,
    score: null,
    channel: 'LINK',
    signed: false,
  };
}

/** A recipient's link, checked against the survey: refused with the field at fault. */
function recipientClaims(
  survey: SurveyDoc,
  recipient: SurveyLinkInput,
  field: string,
  now: number,
): LinkClaims {
  const language = recipient.language.trim().toLowerCase();
  if (!survey.languages.includes(language)) {
    throw new BadUserInputError(
      `${field}.language "${language.slice(0, 35)}" is not one of this survey's languages (${survey.languages.join(', ')}).`,
      `${field}.language`,
    );
  }
  const market = recipient.market?.trim().toUpperCase() || null;
  if (market !== null && !survey.markets.includes(market)) {
    throw new BadUserInputError(
      `${field}.market "${market.slice(0, 10)}" is not one of this survey's markets (${survey.markets.join(', ') || 'none'}).`,
      `${field}.market`,
    );
  }
  const days = recipient.expiresInDays ?? DEFAULT_EXPIRY_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
    throw new BadUserInputError(
      `${field}.expiresInDays must be a whole number from 1 to ${MAX_EXPIRY_DAYS}.`,
      `${field}.expiresInDays`,
    );
  }
  return {
    language,
    market,
    customer: checkId(recipient.customer, `${field}.customer`),
    send: checkId(recipient.send, `${field}.send`),
    score: null,
    channel: 'LINK',
    expires: Math.floor((now + days * DAY_MS) / 1000),
    key: survey.linkKeyGeneration,
  };
}

/**
 * The survey's reach beyond the site: signed links to the hosted survey page, the score links of an email, and the
 * answers given through them (channels `EMAIL` and `LINK`), stored through the submit path like the widget's.
 */
export function createSurveyLinks(
  models: Models,
  surveys: SurveyService,
  submissions: SubmissionService,
  contacts: CustomerContactService,
) {
  const keys = createLinkKeys(models);

  return {
    /**
     * The survey and who is asked, from the page's address: a signed link is checked (refused when changed, made up
     * or expired); a plain one (`?lang=el&market=CY&customer=...`) asks in the language it names.
     */
    async open(
      siteKey: string,
      params: URLSearchParams,
      { now = Date.now(), acceptLanguage = '' }: { now?: number; acceptLanguage?: string } = {},
    ): Promise<Opened> {
      const hint = params.get('lang');
      let survey: SurveyDoc;
      try {
        survey = await surveys.bySiteKey(siteKey);
      } catch (error) {
        // No survey has this key: the link was made up, or cut short; one that is not active is closed.
        if (error instanceof NotFoundError) return { ok: false, refusal: 'invalid', language: hint };
        if (error instanceof ForbiddenError) return { ok: false, refusal: 'closed', language: hint };
        throw error;
      }
      if (!isSigned(params)) return { ok: true, survey, asked: plainAsked(survey, params, acceptLanguage) };
      const verified = await verifyLink(
        params,
        siteKey,
        (generation) => keys.verifying(survey._id, generation, survey.linkKeyGeneration),
        now,
      );
      if (!verified.ok) return verified;
      const { key: _key, expires: _expires, ...claims } = verified.claims;
      return { ok: true, survey, asked: { ...claims, signed: true } };
    },

    /**
     * Stores the answer given on the hosted page. With a signed link's customer, one answer per customer and send: a
     * later score or comment changes it (the last wins). Returns the answer's id and category.
     */
    async answer(survey: SurveyDoc, asked: Asked, answer: PageAnswer, now = new Date()) {
      if (!Number.isInteger(answer.score) || answer.score < 0 || answer.score > 10) {
        throw new BadUserInputError('score must be an integer from 0 to 10.', 'score');
      }
      // Only a signed link's customer is theirs for sure; a send without one is a campaign's link, each person's own.
      const perSend = asked.signed && asked.customer !== null;
      const given = answer.answerId?.toLowerCase();
      if (!perSend && (!given || !UUID.test(given))) {
        throw new BadUserInputError('answerId must be the UUID the page gave.', 'answerId');
      }
      const answerId = perSend ? linkAnswerId(survey, asked) : (given as string);
      // An answer erased at its respondent's request does not come back by a click on the old link.
      if (perSend && (await models.ErasedAnswer.exists({ _id: responseId(survey._id, answerId) }))) {
        return { id: responseId(survey._id, answerId), category: categoryOf(answer.score) };
      }
      const attributes = {
        ...(asked.customer && { customerId: asked.customer }),
        ...(asked.send && { send: asked.send }),
      };
      const { response } = await submissions.submit(
        {
          siteKey: survey.siteKey,
          clientResponseId: answerId,
          score: answer.score,
          comment: answer.comment ?? null,
          language: asked.language,
          market: asked.market,
          attributes: Object.keys(attributes).length ? attributes : null,
        },
        survey,
        now,
        { channel: asked.channel, lastScoreWins: true },
      );
      return { id: response._id, category: categoryOf(response.score) };
    },

    /** Signed links and the email snippet for each recipient. */
    async links(survey: SurveyDoc, recipients: readonly SurveyLinkInput[], base: string, now = Date.now()) {
      if (recipients.length > MAX_RECIPIENTS) {
        throw new BadUserInputError(`at most ${MAX_RECIPIENTS} recipients at once.`, 'recipients');
      }
      const secret = await keys.current(survey._id, survey.linkKeyGeneration);
      const page = `${base}/s/${encodeURIComponent(survey.siteKey)}`;
      return Promise.all(
        recipients.map(async (recipient, i) => {
          const claims = recipientClaims(survey, recipient, `recipients[${i}]`, now);
          const url = (c: LinkClaims) => `${page}?${signLink(secret, survey.siteKey, c)}`;
          const scoreUrls = Array.from({ length: 11 }, (_, score) =>
            url({ ...claims, score, channel: 'EMAIL' }),
          );
          const texts = surveyTexts(survey, claims.language);
          const messages = pageTexts(claims.language);
          return {
            language: claims.language,
            pageUrl: url(claims),
            scoreUrls,
            html: emailHtml(claims.language, texts, messages, scoreUrls),
            text: emailText(texts, messages, scoreUrls),
            expiresAt: new Date(claims.expires * 1000),
            customerAnsweredRecently: claims.customer
              ? await contacts.answeredWithin(
                  survey._id,
                  customerHash(survey.siteKey, claims.customer),
                  survey.recontactDays,
                )
              : false,
          };
        }),
      );
    },

    /** A new key signs the survey's links from now on; those signed before are refused. */
    rotateKey: (survey: SurveyDoc) => surveys.rotateLinkKey(survey),
  };
}

export type SurveyLinkService = ReturnType<typeof createSurveyLinks>;
