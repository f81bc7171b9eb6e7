import type { CreateWebhookInput, UpdateWebhookInput } from '@nps/schema/types';
import { isValidObjectId, type Types } from 'mongoose';
import { BadUserInputError, fromValidationError, NotFoundError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { WebhookDoc } from '../models/webhook.model.ts';
import type { Parcel } from '../models/webhook-delivery.model.ts';
import { UnsafeAddressError } from './address-guard.ts';
import type { EventResponse } from './events.ts';
import { checkWebhookUrl } from './send.ts';
import { newWebhookSecret } from './signing.ts';

const HOUR_MS = 3_600_000;
const DEFAULT_OVERLAP_HOURS = 24;
/** Subscriptions a survey may have: each costs a delivery per event. */
const MAX_PER_SURVEY = 20;

export interface WebhookOptions {
  /** Development only: http, loopback and private addresses allowed (tests). */
  readonly allowPrivate: boolean;
  /** Told of a survey whose subscriptions changed (the outbox reads them again). */
  readonly changed?: (survey: Types.ObjectId) => void;
}

type Filter = CreateWebhookInput['filter'];

/** A subscription's address, checked: https, and nowhere private (unless `allowPrivate`). */
function checkedUrl(value: string, allowPrivate: boolean): string {
  try {
    return checkWebhookUrl(value.trim(), { allowPrivate }).href;
  } catch (error) {
    if (error instanceof UnsafeAddressError) throw new BadUserInputError(`url ${error.message}.`, 'url');
    throw error;
  }
}

/** The filter, its languages and markets being the survey's own. */
function checkedFilter(value: Filter, survey: SurveyDoc) {
  const languages = value?.languages?.map((l) => l.trim().toLowerCase());
  const markets = value?.markets?.map((m) => m.trim().toUpperCase());
  const foreign = languages?.find((l) => !survey.languages.includes(l));
  if (foreign) {
    throw new BadUserInputError(
      `"${foreign.slice(0, 10)}" is not one of this survey's languages.`,
      'filter.languages',
    );
  }
  const elsewhere = markets?.find((m) => !survey.markets.includes(m));
  if (elsewhere) {
    throw new BadUserInputError(
      `"${elsewhere.slice(0, 10)}" is not one of this survey's markets.`,
      'filter.markets',
    );
  }
  return {
    ...(value?.categories?.length && { categories: value.categories }),
    ...(languages?.length && { languages }),
    ...(markets?.length && { markets }),
  };
}

/** Announcements of detractors not due yet fall due on the subscription's new hours. */
async function reschedule(models: Models, webhook: WebhookDoc): Promise<void> {
  const hours = webhook.overdueHours * HOUR_MS;
  for (const parcel of await models.ScheduledParcel.find({ webhook: webhook._id }).lean<Parcel[]>()) {
    const deliveries = parcel.deliveries.map((delivery) => ({
      ...delivery,
      at: new Date(
        new Date((delivery.data as { response: EventResponse }).response.createdAt).getTime() + hours,
      ),
    }));
    const due = new Date(Math.max(...deliveries.map((delivery) => delivery.at.getTime())));
    await models.ScheduledParcel.collection.replaceOne(
      { _id: parcel._id } as never,
      { ...parcel, due, deliveries } as never,
    );
  }
}

/** A survey's webhook subscriptions: made, changed, rotated and deleted, each checked against the survey. */
export function createWebhooks(models: Models, { allowPrivate, changed }: WebhookOptions) {
  async function save(webhook: WebhookDoc): Promise<WebhookDoc> {
    try {
      await webhook.save();
    } catch (error) {
      fromValidationError(error);
    }
    changed?.(webhook.survey);
    return webhook;
  }

  async function get(id: string): Promise<WebhookDoc> {
    const webhook = isValidObjectId(id) ? await models.Webhook.findById(id) : null;
    if (!webhook) throw new NotFoundError(`No webhook ${id}.`);
    return webhook;
  }

  return {
    get,

    list: (survey: Types.ObjectId) => models.Webhook.find({ survey }).sort({ createdAt: -1, _id: -1 }),

    async create(
      input: CreateWebhookInput,
      survey: SurveyDoc,
    ): Promise<{ webhook: WebhookDoc; secret: string }> {
      if ((await models.Webhook.countDocuments({ survey: survey._id })) >= MAX_PER_SURVEY) {
        throw new BadUserInputError(`a survey has at most ${MAX_PER_SURVEY} webhooks.`, 'surveyId');
      }
      const secret = newWebhookSecret();
      const webhook = new models.Webhook({
        survey: survey._id,
        url: checkedUrl(input.url, allowPrivate),
        events: [...new Set(input.events)],
        filter: checkedFilter(input.filter, survey),
        ...(input.format && { format: input.format }),
        ...(input.overdueHours !== null &&
          input.overdueHours !== undefined && { overdueHours: input.overdueHours }),
        secret,
      });
      return { webhook: await save(webhook), secret };
    },

    async update(webhook: WebhookDoc, input: UpdateWebhookInput, survey: SurveyDoc): Promise<WebhookDoc> {
      if (input.url !== null && input.url !== undefined) webhook.url = checkedUrl(input.url, allowPrivate);
      if (input.events) webhook.set('events', [...new Set(input.events)]);
      if (input.filter) webhook.set('filter', checkedFilter(input.filter, survey));
      if (input.format) webhook.format = input.format;
      if (input.overdueHours !== null && input.overdueHours !== undefined)
        webhook.overdueHours = input.overdueHours;
      if (input.enabled !== null && input.enabled !== undefined) {
        webhook.enabled = input.enabled;
        // Enabled again: tried at once, as a subscription in good health.
        if (input.enabled) Object.assign(webhook, { failingSince: null, failures: 0, pausedUntil: null });
      }
      const rescheduled = webhook.isModified('overdueHours');
      await save(webhook);
      if (rescheduled) await reschedule(models, webhook);
      return webhook;
    },

    async rotate(webhook: WebhookDoc, overlapHours = DEFAULT_OVERLAP_HOURS, now = new Date()) {
      if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > 168) {
        throw new BadUserInputError('overlapHours must be a whole number from 0 to 168.', 'overlapHours');
      }
      const secret = newWebhookSecret();
      webhook.previousSecret = overlapHours ? webhook.secret : null;
      webhook.previousSecretUntil = overlapHours ? new Date(now.getTime() + overlapHours * HOUR_MS) : null;
      webhook.secret = secret;
      return { webhook: await save(webhook), secret };
    },

    async remove(webhook: WebhookDoc): Promise<boolean> {
      const { deletedCount } = await models.Webhook.deleteOne({ _id: webhook._id });
      // Its pending deliveries go with it; the delivered and failed stay no longer than the subscription either.
      for (const model of [models.OutboxParcel, models.BacklogParcel, models.ScheduledParcel]) {
        await model.deleteMany({ webhook: webhook._id });
      }
      await models.WebhookDelivery.deleteMany({ webhook: webhook._id });
      changed?.(webhook.survey);
      return deletedCount === 1;
    },

    /** The secrets that sign a delivery now: the current one, and the previous one while the overlap lasts. */
    signingSecrets(
      webhook: Pick<WebhookDoc, 'secret' | 'previousSecret' | 'previousSecretUntil'>,
      now = new Date(),
    ) {
      const previous =
        webhook.previousSecret && webhook.previousSecretUntil && webhook.previousSecretUntil > now
          ? [webhook.previousSecret]
          : [];
      return [webhook.secret, ...previous];
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhooks>;
