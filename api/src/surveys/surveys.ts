import type { CreateSurveyInput, UpdateSurveyInput } from '@nps/schema/types';
import { isValidObjectId, Types } from 'mongoose';
import { ForbiddenError, fromValidationError, NotFoundError } from '../errors.ts';
import type { StoredCustomTheme, StoredThemeCues } from '../models/custom-theme.ts';
import { findByIds, type Models } from '../models/index.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { SurveyInstall } from '../models/survey-install.model.ts';
import type { SurveyRevision } from '../models/survey-revision.model.ts';
import { randomAlphanumeric } from '../services/random.ts';
import { normalize, present } from './settings-input.ts';
import { updateSurvey } from './versions.ts';

/**
 * How long a survey looked up by site key is reused: the public paths ask for it on every request. A change made
 * through any instance reaches the others' public paths within this (the README's staleness bound).
 */
export const SITE_KEY_CACHE_MS = 1_000;

/** What a report reads of its survey. */
export interface ReportSettings {
  readonly id: Types.ObjectId;
  readonly minResponses: number;
  /** Its own themes: which slot each is counted in, and their cues. */
  readonly customThemes: readonly StoredCustomTheme[];
  /** Its own cues for the built-in themes. */
  readonly themeCues: readonly StoredThemeCues[];
}

const REPORT_SETTINGS_MS = 1_000;
/** How often each instance records that a page on an origin loaded a survey: the install check's precision. */
const SEEN_EVERY_MS = 60_000;

/**
 * The surveys: read by id (reports) or by site key (the public paths), each from memory for a second; made, changed
 * as versions (`versions.ts`), given a new link key, and deleted.
 */
export class Surveys {
  readonly #models: Models;
  /** Surveys by site key, read lately (one read for all the requests that find one missing at once). */
  readonly #bySiteKey = new Map<string, { survey: Promise<SurveyDoc | null>; until: number }>();
  /** Surveys found lately, until when: reports need not ask the database again within a second. */
  readonly #known = new Map<string, number>();
  /** What reports need of a survey, read again after a second (a change on another instance shows within that). */
  readonly #reportSettings = new Map<string, { settings: ReportSettings; until: number }>();
  /** When this instance last recorded a page of each `<survey>:<origin>` loading its survey. */
  readonly #seen = new Map<string, number>();

  constructor(models: Models) {
    this.#models = models;
  }

  async get(id: string): Promise<SurveyDoc> {
    const survey = isValidObjectId(id) ? await this.#models.Survey.findById(id) : null;
    if (!survey) throw new NotFoundError(`No survey ${id}.`);
    if (this.#known.size > 10_000) this.#known.clear();
    this.#known.set(id, Date.now() + REPORT_SETTINGS_MS);
    return survey;
  }

  /** The survey of a site key, known and active, whatever the origin: what the hosted survey page shows. */
  async bySiteKey(siteKey: string): Promise<SurveyDoc> {
    const now = Date.now();
    let cached = this.#bySiteKey.get(siteKey);
    if (!cached || cached.until < now) {
      // One read for all the requests that find it missing at once (a burst of answers), not one each.
      const read =
        siteKey.length <= 64 ? this.#models.Survey.findOne({ siteKey: { $eq: siteKey } }).exec() : null;
      cached = { survey: Promise.resolve(read), until: now + SITE_KEY_CACHE_MS };
      cached.survey.catch(() => this.#bySiteKey.delete(siteKey));
      if (this.#bySiteKey.size > 10_000) this.#bySiteKey.clear();
      this.#bySiteKey.set(siteKey, cached);
    }
    const survey = await cached.survey;
    if (!survey) throw new NotFoundError('No survey has this site key.');
    if (!survey.active) throw new ForbiddenError('This survey is not active.');
    return survey;
  }

  /**
   * The survey behind a public request: its site key must be known and active, and the request must come from
   * one of its allowed origins (browsers send `Origin` with every cross-origin and every POST request).
   */
  async forPublicRequest(siteKey: string, origin: string | undefined): Promise<SurveyDoc> {
    const survey = await this.bySiteKey(siteKey);
    if (!origin) {
      throw new ForbiddenError(
        "This request sent no Origin header: only pages on the survey's allowed origins may use it.",
      );
    }
    if (!survey.allowedOrigins.includes(origin)) {
      throw new ForbiddenError(`The origin ${origin.slice(0, 200)} is not allowed to use this survey.`);
    }
    return survey;
  }

  /**
   * Records that a page on `origin` (one of the survey's allowed origins) loaded the survey: at most once a minute
   * per origin on this instance, never waited for by the visitor's request.
   */
  seenOn(survey: SurveyDoc, origin: string): void {
    const key = `${survey._id}:${origin}`;
    const now = Date.now();
    if ((this.#seen.get(key) ?? 0) > now - SEEN_EVERY_MS) return;
    if (this.#seen.size > 10_000) this.#seen.clear();
    this.#seen.set(key, now);
    this.#models.SurveyInstall.updateOne(
      { _id: key },
      { $max: { at: new Date(now) } },
      { upsert: true },
    ).catch(() => this.#seen.delete(key));
  }

  /** Each allowed origin of a survey, and when a page there last loaded it. */
  async installations(survey: SurveyDoc): Promise<{ origin: string; lastSeenAt: Date | null }[]> {
    const keys = survey.allowedOrigins.map((origin) => `${survey._id}:${origin}`);
    const found = await findByIds<SurveyInstall>(this.#models.SurveyInstall, keys);
    return survey.allowedOrigins.map((origin, i) => ({
      origin,
      lastSeenAt: found.get(keys[i] ?? '')?.at ?? null,
    }));
  }

  /** The id of an existing survey, for reads that need nothing else of it; NOT_FOUND otherwise. */
  async idOf(id: string): Promise<Types.ObjectId> {
    return (this.#known.get(id) ?? 0) > Date.now() ? new Types.ObjectId(id) : (await this.get(id))._id;
  }

  /** What a report needs of an existing survey (NOT_FOUND otherwise), from memory for a second. */
  async reportSettings(id: string): Promise<ReportSettings> {
    const cached = this.#reportSettings.get(id);
    if (cached && cached.until > Date.now()) return cached.settings;
    const survey = await this.get(id);
    const { customThemes, themeCues } = survey.toObject();
    const settings = {
      id: survey._id,
      minResponses: survey.minResponses,
      customThemes: customThemes as StoredCustomTheme[],
      themeCues: themeCues as StoredThemeCues[],
    };
    this.#reportSettings.set(id, { settings, until: Date.now() + REPORT_SETTINGS_MS });
    return settings;
  }

  /** Every survey, or those of `ids` (a person's roles), newest first. */
  list(ids?: readonly string[]) {
    return this.#models.Survey.find(
      ids ? { _id: { $in: ids.filter((id) => isValidObjectId(id)) } } : {},
    ).sort({
      createdAt: -1,
      _id: -1,
    });
  }

  /** The fields whose value the survey's last change made different (for its audit log). */
  async lastChange(survey: SurveyDoc): Promise<string[]> {
    const revision = await this.#models.SurveyRevision.findById(
      `${survey._id}:${survey.version}`,
    ).lean<SurveyRevision>();
    return revision?.fields ?? [];
  }

  async create(input: CreateSurveyInput): Promise<SurveyDoc> {
    const fields = normalize(present(input));
    const survey = new this.#models.Survey({
      ...fields,
      defaultLanguage: fields.defaultLanguage ?? fields.languages?.[0],
      siteKey: `pk_${randomAlphanumeric(24)}`,
    });
    return this.#save(survey);
  }

  /** Changes a survey's settings or texts as one new version (see `versions.ts`). */
  async update(id: string, input: UpdateSurveyInput): Promise<SurveyDoc> {
    const store = {
      models: this.#models,
      get: (at: string) => this.get(at),
      save: (s: SurveyDoc) => this.#save(s),
    };
    const survey = await updateSurvey(store, id, input);
    this.#reportSettings.delete(id);
    return survey;
  }

  /**
   * Moves the survey to its next link key (`links/link-keys.ts`). Not a version of its settings: an owner editing
   * them meanwhile is not refused for it. Two rotations at once may make one step; either way the old key is gone.
   */
  async rotateLinkKey(survey: SurveyDoc): Promise<SurveyDoc> {
    await this.#models.Survey.updateOne({ _id: survey._id }, { $inc: { linkKeyGeneration: 1 } });
    this.#bySiteKey.delete(survey.siteKey);
    return this.get(String(survey._id));
  }

  /**
   * Deletes a survey's own documents, once its answers are erased (`survey-deletion.ts`): its tokens, webhooks,
   * install records, revisions and people's roles, then the survey. Its counts stay, every answer taken away from
   * them by its writer (which may still be writing them: a cell deleted now could come back). Returns how many
   * tokens and webhooks went.
   */
  async remove(survey: SurveyDoc): Promise<{ readTokens: number; webhooks: number }> {
    const models = this.#models;
    const of = { survey: survey._id };
    const [tokens, hooks] = await Promise.all([
      models.Token.deleteMany(of),
      models.Webhook.deleteMany(of),
      models.SurveyInstall.deleteMany({ _id: { $regex: `^${survey._id}:` } }),
      models.SurveyRevision.deleteMany(of),
      models.CustomerContact.deleteMany({ _id: { $regex: `^${survey._id}:` } }),
      models.Membership.deleteMany({ survey: String(survey._id) }),
      models.AuditEntry.deleteMany({ survey: String(survey._id) }),
      models.Invitation.deleteMany({ survey: String(survey._id) }),
    ]);
    await models.Survey.deleteOne({ _id: survey._id });
    this.#bySiteKey.delete(survey.siteKey);
    this.#known.delete(String(survey._id));
    this.#reportSettings.delete(String(survey._id));
    return { readTokens: tokens.deletedCount, webhooks: hooks.deletedCount };
  }

  async #save(survey: SurveyDoc): Promise<SurveyDoc> {
    try {
      await survey.save();
    } catch (error) {
      fromValidationError(error);
    }
    this.#bySiteKey.delete(survey.siteKey);
    return survey;
  }
}

export const createSurveys = (models: Models) => new Surveys(models);

export type SurveyService = Surveys;
