import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Types } from 'mongoose';
import { NotFoundError } from '../errors.ts';
import { customerHash } from '../ingest/customer-contacts.ts';
import type { IngestService } from '../ingest/ingest.ts';
import { findByIds, insertNew, type Models } from '../models/index.ts';
import type { IngestJournal } from '../models/ingest-journal.model.ts';
import type { ResponseDoc } from '../models/response.model.ts';
import { COUNTED_FIELDS, type Counted } from '../reports/cells.ts';
import { forgetAnswers } from '../webhooks/outbox.ts';

/** How long an erasure waits for answers whose counting is still being settled (a writer that died mid-batch). */
const SETTLE_MS = 30_000;

type Found = Counted & { _id: string; batch: string | null };

export interface ErasureResult {
  readonly responses: number;
  readonly surveyIds: string[];
  readonly at: Date;
}

/**
 * A respondent's rights over what was stored about them: access (every answer, every field) and erasure (the
 * answers, their follow-ups, the note that they answered, and their counts), logged without personal data.
 *
 * Erasure is exact while answers arrive on any instance: the answers are deleted and their counts taken away by this
 * instance's writer (`ingest.erase`), as one more entry of its journal. An answer is only erased once its own count
 * is settled, so that the two always meet: counted by its batch's writer (the batch's counts are in its journal
 * entry, or its delta is written), never by a repair that would look it up after it was gone.
 */
export function createErasure(models: Models, ingest: IngestService) {
  /** Waits until no answer of `found` is in a batch whose outcome is still being settled. */
  async function settled(found: readonly Found[]): Promise<void> {
    const batches = [...new Set(found.flatMap((response) => response.batch ?? []))];
    const until = Date.now() + SETTLE_MS;
    for (;;) {
      const open = await findByIds<Pick<IngestJournal, '_id' | 'cells'>>(models.IngestJournal, batches, {
        cells: 1,
      });
      if ([...open.values()].every((entry) => entry.cells)) return;
      if (Date.now() > until)
        throw new Error('Answers of this respondent are still being counted: try again soon.');
      await sleep(250);
    }
  }

  async function erase(
    found: readonly Found[],
    kind: 'respondent' | 'response' | 'survey',
    by: string,
    customerId?: string,
  ): Promise<ErasureResult> {
    await settled(found);
    const ids = found.map((response) => response._id);
    // Noted before they go, so that no import stores them again, even if this erasure stops half-way.
    await insertNew(
      models.ErasedAnswer.collection,
      ids.map((id) => ({ _id: id, at: new Date() })),
    );
    await ingest.erase(found);
    // Their webhook deliveries carry their comments: gone with them, sent or not.
    // Tombstones first, then what is stored: an instance recording one of them after this checks the tombstones once
    // it has written, and takes it out itself (see `record` in webhooks/delivery/record.ts).
    await insertNew(
      models.WebhookTombstone.collection,
      ids.map((id) => ({ _id: id, at: new Date() })),
    );
    await forgetAnswers(models, ids);
    const surveys = [
      ...new Map(found.map((response) => [String(response.survey), response.survey])).values(),
    ];
    if (customerId) {
      const keys = await models.Survey.find({ _id: { $in: surveys } }, { siteKey: 1 }).lean();
      await Promise.all(
        keys.map(({ _id, siteKey }) =>
          models.CustomerContact.deleteOne({ _id: `${_id}:${customerHash(siteKey, customerId)}` }),
        ),
      );
    }
    const at = new Date();
    await models.Erasure.create({ _id: randomUUID(), at, by, kind, surveys, responses: found.length });
    return { responses: found.length, surveyIds: surveys.map(String), at };
  }

  const COUNTED = { ...COUNTED_FIELDS, batch: 1 } as const;
  const ofCustomer = (customerId: string, survey: Types.ObjectId | undefined) => ({
    'attributes.customerId': { $eq: customerId },
    ...(survey && { survey }),
  });

  return {
    /** Every answer of a customer, all fields, oldest first. */
    async respondentData(customerId: string, survey?: Types.ObjectId): Promise<ResponseDoc[]> {
      const found = await models.Response.find(ofCustomer(customerId, survey));
      return found.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    /** Erases a customer's answers, of one survey or of all; NOT_FOUND, with nothing done, when there are none. */
    async eraseRespondent(customerId: string, survey: Types.ObjectId | undefined, by: string) {
      const found = await models.Response.find(ofCustomer(customerId, survey), COUNTED).lean<Found[]>();
      if (!found.length) throw new NotFoundError('No answers of this customer.');
      return erase(found, 'respondent', by, customerId);
    },

    /** Erases every answer of a survey, a thousand at a time (each batch logged as one erasure); how many. */
    async eraseSurvey(survey: Types.ObjectId, by: string): Promise<number> {
      let erased = 0;
      for (;;) {
        const found = await models.Response.find({ survey }, COUNTED).limit(1000).lean<Found[]>();
        if (!found.length) return erased;
        await erase(found, 'survey', by);
        erased += found.length;
      }
    },

    /** Erases one answer. */
    async eraseResponse(response: ResponseDoc, by: string) {
      const found: Found = {
        _id: response._id,
        survey: response.survey,
        createdAt: response.createdAt,
        language: response.language,
        market: response.market ?? null,
        channel: response.channel,
        score: response.score,
        themes: response.themes,
        batch: response.batch ?? null,
      };
      return erase([found], 'response', by);
    },
  };
}

export type ErasureService = ReturnType<typeof createErasure>;
