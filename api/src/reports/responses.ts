import type { FollowUpReason, RecordFollowUpInput, ResponseFilter } from '@nps/schema/types';
import type { Types } from 'mongoose';
import { BadUserInputError, fromValidationError, NotFoundError } from '../errors.ts';
import type { Stored } from '../ingest/stored.ts';
import { isDuplicateKey, type Models } from '../models/index.ts';
import { CHANNELS, FOLLOW_UP_TARGET_MS, type ResponseDoc } from '../models/response.model.ts';
import { plainText } from '../models/validators.ts';
import { decodeCursor, encodeCursor } from '../services/cursor.ts';
import type { ReportSettings } from '../surveys/surveys.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';

export const MAX_PAGE = 100;

/** A page's size, checked: from 1 to `MAX_PAGE`, `fallback` when not given. */
function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new BadUserInputError(`first must be from 1 to ${MAX_PAGE}.`, 'first');
  }
  return n;
}

/**
 * The slots the survey's own themes of `codes` are counted in (answers store the slot); BAD_USER_INPUT naming a code
 * the survey has no theme of.
 */
function slotsOf(survey: Pick<ReportSettings, 'customThemes'>, codes: readonly string[]): string[] {
  return codes.map((code) => {
    const theme = survey.customThemes.find((own) => own.code === code.trim().toUpperCase());
    if (!theme) {
      throw new BadUserInputError(
        `filter.customThemes: "${code.slice(0, 20)}" is not one of this survey's own themes.`,
        'filter.customThemes',
      );
    }
    return theme.slot;
  });
}

/** The query of a survey's answers that a filter and a cursor (`after`) keep. */
function responseQuery(
  survey: Pick<ReportSettings, 'id' | 'customThemes'>,
  filter: ResponseFilter | null | undefined,
  after: string | null | undefined,
): Record<string, unknown> {
  const query: Record<string, unknown> = { survey: survey.id };
  if (filter?.from || filter?.to) {
    query['createdAt'] = {
      ...(filter.from && { $gte: filter.from }),
      ...(filter.to && { $lt: filter.to }),
    };
  }
  if (filter?.languages) query['language'] = { $in: filter.languages.map((l) => l.toLowerCase()) };
  if (filter?.markets) query['market'] = { $in: filter.markets.map((m) => m.toUpperCase()) };
  if (filter?.channels) {
    // Answers stored before channels existed have none: the widget's.
    query['channel'] = filter.channels.includes('WIDGET')
      ? { $nin: CHANNELS.filter((channel) => !filter.channels?.includes(channel)) }
      : { $in: filter.channels };
  }
  if (filter?.categories) query['category'] = { $in: filter.categories };
  if (filter?.withComment) query['comment'] = { $ne: null };
  // The survey's own themes are stored by slot, beside the built-in ones: either kind matches.
  const themes = [...(filter?.themes ?? []), ...slotsOf(survey, filter?.customThemes ?? [])];
  if (filter?.themes || filter?.customThemes) query['themes'] = { $in: themes };
  if (after) {
    const { at, id } = decodeCursor(after);
    query['$or'] = [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: id } }];
  }
  return query;
}

export function createResponses(models: Models, outbox?: WebhookOutbox) {
  return {
    /** Newest first, filtered (by the survey's own themes too), one page after `after`. */
    async list(
      survey: Pick<ReportSettings, 'id' | 'customThemes'>,
      filter: ResponseFilter | null | undefined,
      first?: number | null,
      after?: string | null,
    ) {
      const limit = pageSize(first, 20);
      const query = responseQuery(survey, filter, after);
      const docs = await models.Response.find(query)
        .sort({ createdAt: -1, _id: -1 })
        .limit(limit + 1);
      const edges = docs
        .slice(0, limit)
        .map((node) => ({ cursor: encodeCursor(node.createdAt, node._id), node }));
      return {
        edges,
        pageInfo: { hasNextPage: docs.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },

    async get(id: string): Promise<ResponseDoc> {
      const response = await models.Response.findById(id);
      if (!response) throw new NotFoundError(`No response ${id.slice(0, 100)}.`);
      return response;
    },

    /** How often each reason was named in the follow-ups recorded in [from, to), most named first. */
    async followUpReasons(survey: Types.ObjectId, from?: Date | null, to?: Date | null) {
      const at = { ...(from && { $gte: from }), ...(to && { $lt: to }) };
      const match = {
        survey,
        category: 'DETRACTOR' as const,
        ...(from || to ? { 'followUp.at': at } : { followUp: { $ne: null } }),
      };
      // Counted here: FerretDB 1.x cannot `$unwind` a nested array. Only the reasons travel.
      const counts = new Map<FollowUpReason, number>();
      const docs = models.Response.find(match, { 'followUp.reasons': 1 })
        .lean<{ followUp: { reasons: FollowUpReason[] } }[]>()
        .cursor();
      for await (const { followUp } of docs) {
        for (const reason of followUp.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
      }
      return [...counts]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    },

    /** Detractors not yet followed up, oldest first, with the time left to the 24-hour target. */
    async followUpQueue(survey: Types.ObjectId, first?: number | null, now = new Date()) {
      const limit = pageSize(first, 50);
      const docs = await models.Response.find({ survey, category: 'DETRACTOR', followUp: null })
        .sort({ createdAt: 1, _id: 1 })
        .limit(limit);
      return docs.map((response) => {
        const dueAt = new Date(response.createdAt.getTime() + FOLLOW_UP_TARGET_MS);
        const secondsLeft = Math.floor((dueAt.getTime() - now.getTime()) / 1000);
        return { response, dueAt, secondsLeft, overdue: secondsLeft < 0 };
      });
    },

    /** Records the follow-up once: a second one for the same response is refused, whoever wins a race, wherever. */
    async recordFollowUp(
      response: ResponseDoc,
      input: RecordFollowUpInput,
      now = new Date(),
    ): Promise<ResponseDoc> {
      const followUp = {
        at: now,
        by: plainText(input.by),
        note: input.note === null || input.note === undefined ? null : plainText(input.note),
        reasons: [...new Set(input.reasons)],
      };
      response.set('followUp', followUp);
      await response
        .validate(['followUp'])
        .catch((error: unknown) => fromValidationError(error, { followUp: 'input' }));
      // Exactly one of concurrent follow-ups wins, on any instance: the unique `_id` of the claim decides.
      try {
        await models.FollowUpClaim.create({ _id: response._id, followUp });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // The response shows the winner's, also if a crash came between the winner's two writes.
        const claim = await models.FollowUpClaim.findById(response._id).lean();
        if (claim)
          await models.Response.updateOne(
            { _id: response._id },
            { $set: { followUp: claim.followUp ?? null } },
          );
        throw new BadUserInputError('This response has been followed up already.', 'responseId');
      }
      const updated = await models.Response.findOneAndUpdate(
        { _id: response._id },
        { $set: { followUp: response.followUp } },
        { returnDocument: 'after' },
      );
      if (!updated) throw new NotFoundError(`No response ${response._id}.`);
      if (outbox) {
        await outbox.followedUp(updated.toObject() as Stored, now);
        await outbox.cancelOverdue(updated._id);
      }
      return updated;
    },
  };
}

export type ResponseService = ReturnType<typeof createResponses>;
