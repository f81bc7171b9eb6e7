import { createHash } from 'node:crypto';
import type { WebhookEvent } from '@nps/schema/types';
import { FOLLOW_UP_TARGET_MS } from '../models/response.model.ts';

/** An event's kind, as the SDL names it. */
export type WebhookEventKind = WebhookEvent;

/** The event's name in a JSON delivery's `type`. */
export const EVENT_TYPES: Record<WebhookEventKind, string> = {
  RESPONSE_CREATED: 'response.created',
  RESPONSE_COMMENTED: 'response.commented',
  DETRACTOR_OVERDUE: 'detractor.overdue',
  FOLLOW_UP_RECORDED: 'followUp.recorded',
};

/**
 * An event's id, from what caused it (the answer, and for a comment the change that brought it): the same cause
 * always makes the same id, so a resubmit, a restart or another instance never makes a second event.
 */
export function eventId(kind: WebhookEventKind, cause: string): string {
  return `evt_${createHash('sha256').update(`${kind}\n${cause}`).digest('hex').slice(0, 32)}`;
}

/** An answer as an event carries it. */
export interface EventResponse {
  readonly id: string;
  readonly score: number;
  readonly category: string;
  readonly comment: string | null;
  readonly language: string;
  readonly market: string | null;
  readonly createdAt: Date;
  readonly themes: readonly string[];
  readonly followUp: { at: Date; by: string; reasons: readonly string[]; note: string | null } | null;
  /**
   * How many times the answer changed when the event was made (each comment change, and the follow-up): one answer's
   * events, which may arrive in any order, are ordered by it.
   */
  readonly revision: number;
}

/** What an event carries (its `data`): the survey, the answer, and for `DETRACTOR_OVERDUE` when it is due. */
export interface EventData {
  readonly surveyId: string;
  readonly response: EventResponse;
  readonly dueAt?: Date;
  /** A test event (`testWebhook`). */
  readonly test?: boolean;
}

/** An event's data, from the answer as stored now. */
export function eventData(
  kind: WebhookEventKind,
  answer: Parameters<typeof eventResponse>[0] & { survey: unknown },
): EventData {
  return {
    surveyId: String(answer.survey),
    response: eventResponse(answer),
    ...(kind === 'DETRACTOR_OVERDUE' && {
      dueAt: new Date(answer.createdAt.getTime() + FOLLOW_UP_TARGET_MS),
    }),
  };
}

/** The body of a JSON delivery: our event schema (documented on `WebhookFormat` in the SDL). */
export function jsonPayload(kind: WebhookEventKind, at: Date, data: EventData): string {
  return JSON.stringify({ type: EVENT_TYPES[kind], timestamp: at.toISOString(), data });
}

/** An answer as stored, as events carry it. */
export function eventResponse(response: {
  _id: string;
  score: number;
  category: string;
  comment?: string | null;
  language: string;
  market?: string | null;
  createdAt: Date;
  themes?: readonly string[] | null;
  followUp?: { at: Date; by: string; reasons: readonly string[]; note?: string | null } | null;
  amends?: readonly string[] | null;
}): EventResponse {
  return {
    id: response._id,
    score: response.score,
    category: response.category,
    comment: response.comment ?? null,
    language: response.language,
    market: response.market ?? null,
    createdAt: response.createdAt,
    themes: [...(response.themes ?? [])],
    followUp: response.followUp
      ? {
          at: response.followUp.at,
          by: response.followUp.by,
          reasons: [...response.followUp.reasons],
          note: response.followUp.note ?? null,
        }
      : null,
    revision: (response.amends?.length ?? 0) + (response.followUp ? 1 : 0),
  };
}
