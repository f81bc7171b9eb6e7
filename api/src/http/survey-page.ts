import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, RateLimitedError } from '../errors.ts';
import type { LinkRefusal } from '../links/link-signature.ts';
import type { Asked, Opened, SurveyLinkService } from '../links/survey-links.ts';
import { type PageStep, refusedPage, surveyPage } from '../links/survey-page.ts';
import type { Log } from '../logging.ts';
import { categoryOf } from '../models/response.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { RateLimits } from '../services/rate-limits.ts';
import { HttpError } from './errors.ts';
import { readBody } from './read-body.ts';
import { sendJson } from './send-json.ts';

/** The path under which each survey's page is, `/s/<siteKey>`. */
export const SURVEY_PAGE_PATH = '/s/';
const SCRIPT = '/survey-page.js';
/** A score, a comment of 2,000 characters (up to 4 bytes each, escaped in a form post) and the page's id. */
const MAX_BODY_BYTES = 32_768;

const REFUSAL_STATUS: Record<LinkRefusal | 'closed', number> = { invalid: 400, expired: 410, closed: 403 };

/**
 * A page that holds nothing secret but a link's claims: its script and its posts only to this server, no framing,
 * nothing cached on the way (a link names its customer), no referrer sent on.
 */
function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy':
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex, nofollow',
  });
  res.end(html);
}

/** The site key a path names, undefined when it cannot be read (a stray `%`, a further `/`). */
function siteKeyOf(path: string): string | undefined {
  try {
    const siteKey = decodeURIComponent(path.slice(SURVEY_PAGE_PATH.length));
    return siteKey && !siteKey.includes('/') ? siteKey : undefined;
  } catch {
    return undefined;
  }
}

/** What a post carries, from the form (`application/x-www-form-urlencoded`) or the page's script (JSON). */
function answerOf(body: unknown): { score: number; comment: string | null; answerId: string | null } {
  const get = (name: string): unknown =>
    typeof body === 'string'
      ? new URLSearchParams(body).get(name)
      : body && typeof body === 'object'
        ? (body as Record<string, unknown>)[name]
        : undefined;
  const score = get('score');
  const comment = get('comment');
  const answerId = get('answerId');
  return {
    score:
      typeof score === 'number'
        ? score
        : typeof score === 'string' && /^\d{1,2}$/.test(score)
          ? Number(score)
          : Number.NaN,
    comment: typeof comment === 'string' ? comment : null,
    answerId: typeof answerId === 'string' ? answerId : null,
  };
}

/**
 * `/s/<siteKey>`: the hosted survey page. GET shows it and records nothing, whatever the link says (the mail gateways
 * that open every link of a message make GETs); POST records the answer: the form's, without JavaScript, or the
 * page's script's (JSON). A changed, made-up or expired link is refused with a page in its language.
 */
export function surveyPageHandler(options: {
  links: SurveyLinkService;
  rateLimits: RateLimits;
  clientIp: (req: IncomingMessage) => string;
  log: Log;
}) {
  const { links, rateLimits, clientIp, log } = options;

  async function post(
    req: IncomingMessage,
    res: ServerResponse,
    { survey, asked, action, json }: { survey: SurveyDoc; asked: Asked; action: string; json: boolean },
  ) {
    await rateLimits.consume(clientIp(req), survey.siteKey);
    const answer = answerOf(await readBody(req, MAX_BODY_BYTES));
    const show = (status: number, view: PageStep) =>
      sendPage(res, status, surveyPage(survey, asked, view, { action, scriptUrl: null }));
    try {
      const stored = await links.answer(survey, asked, answer);
      if (json) return sendJson(res, 200, stored);
      if (answer.comment?.trim()) return show(200, { step: 'thanks' });
      const answerId = answer.answerId ?? randomUUID();
      return show(200, { step: 'comment', score: answer.score, category: stored.category, answerId });
    } catch (error) {
      if (!(error instanceof ApiError) || error instanceof RateLimitedError) throw error;
      if (json) return sendJson(res, 400, { ...error.extensions, error: error.message });
      if (Number.isInteger(answer.score) && answer.score >= 0 && answer.score <= 10) {
        const category = categoryOf(answer.score);
        return show(400, {
          step: 'comment',
          score: answer.score,
          category,
          answerId: answer.answerId ?? randomUUID(),
          problem: 'failed',
        });
      }
      return show(400, { step: 'score', problem: 'chooseScore' });
    }
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = req.headers['content-type']?.startsWith('application/json') ?? false;
    const siteKey = siteKeyOf(url.pathname);
    const opened: Opened =
      siteKey === undefined
        ? { ok: false, refusal: 'invalid', language: url.searchParams.get('lang') }
        : await links.open(siteKey, url.searchParams, {
            acceptLanguage: req.headers['accept-language'] ?? '',
          });
    if (!opened.ok) {
      const status = REFUSAL_STATUS[opened.refusal];
      if (json)
        return sendJson(res, status, {
          code: opened.refusal.toUpperCase(),
          error: `This link is ${opened.refusal}.`,
        });
      return sendPage(res, status, refusedPage(opened.refusal, opened.language));
    }
    const { survey, asked } = opened;
    const action = `${url.pathname}${url.search}`;
    if (req.method === 'POST') {
      try {
        return await post(req, res, { survey, asked, action, json });
      } catch (error) {
        // A body too large, or not JSON: the server's own answer.
        if (error instanceof HttpError) throw error;
        if (error instanceof RateLimitedError) {
          res.setHeader('retry-after', String(error.extensions['retryAfterSeconds'] ?? 60));
          if (json) return sendJson(res, 429, { ...error.extensions, error: error.message });
          return sendPage(
            res,
            429,
            surveyPage(survey, asked, { step: 'score', problem: 'failed' }, { action, scriptUrl: null }),
          );
        }
        log(`answering on the survey page failed: ${(error as Error).message}`, 'error');
        if (json)
          return sendJson(res, 503, {
            code: 'UNAVAILABLE',
            error: 'The answer was not recorded: try again.',
          });
        return sendPage(
          res,
          503,
          surveyPage(survey, asked, { step: 'score', problem: 'failed' }, { action, scriptUrl: null }),
        );
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
      return;
    }
    // A score link shows its follow-up question with the score chosen; nothing is recorded until the visitor posts.
    const view: PageStep =
      asked.score === null
        ? { step: 'score' }
        : { step: 'comment', score: asked.score, category: categoryOf(asked.score), answerId: randomUUID() };
    sendPage(res, 200, surveyPage(survey, asked, view, { action, scriptUrl: SCRIPT }));
  };
}
