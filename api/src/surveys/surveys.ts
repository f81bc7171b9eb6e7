import type {
  CreateSurveyInput,
  CustomThemeInput,
  ThemeCueWordsInput,
  UpdateSurveyInput,
} from '@nps/schema/types';
import { isValidObjectId, Types } from 'mongoose';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  fromValidationError,
  NotFoundError,
} from '../errors.ts';
import { CUSTOM_THEME_LIMITS, type StoredCustomTheme, type StoredThemeCues } from '../models/custom-theme.ts';
import { findByIds, insertNew, type Models } from '../models/index.ts';
import type { Survey, SurveyDoc } from '../models/survey.model.ts';
import type { SurveyInstall } from '../models/survey-install.model.ts';
import type { SurveyRevision } from '../models/survey-revision.model.ts';
import type { StoredSurveyText } from '../models/survey-text.ts';
import { randomAlphanumeric } from '../services/random.ts';
import { CUSTOM_SLOTS } from '../themes/lexicon.ts';

/**
 * How long a survey looked up by site key is reused: the public paths ask for it on every request. A change made
 * through any instance reaches the others' public paths within this (the README's staleness bound).
 */
export const SITE_KEY_CACHE_MS = 1_000;

interface Normalizable {
  languages?: string[] | null | undefined;
  defaultLanguage?: string | null | undefined;
  markets?: string[] | null | undefined;
  allowedOrigins?: string[] | null | undefined;
  questionOverrides?: { language: string }[] | null | undefined;
  texts?: { language: string }[] | null | undefined;
  customThemes?: CustomThemeInput[] | null | undefined;
  themeCues?: ThemeCueWordsInput[] | null | undefined;
}

/** Input as people type it (`EL`, ` gr`, `https://shop.example/`) brought to the stored form before validation. */
function normalize<T extends Normalizable>(input: T): T {
  const origin = (value: string) => {
    try {
      return new URL(value.trim()).origin;
    } catch {
      return value;
    }
  };
  return {
    ...input,
    ...(input.languages && { languages: input.languages.map((l) => l.trim().toLowerCase()) }),
    ...(input.defaultLanguage && { defaultLanguage: input.defaultLanguage.trim().toLowerCase() }),
    ...(input.markets && { markets: input.markets.map((m) => m.trim().toUpperCase()) }),
    ...(input.allowedOrigins && { allowedOrigins: input.allowedOrigins.map(origin) }),
    ...(input.questionOverrides && {
      questionOverrides: input.questionOverrides.map((o) => ({
        ...o,
        language: o.language.trim().toLowerCase(),
      })),
    }),
    ...(input.texts && {
      texts: input.texts.map((t) => ({ ...t, language: t.language.trim().toLowerCase() })),
    }),
    ...(input.customThemes && {
      customThemes: input.customThemes.map((theme) => ({
        code: theme.code.trim().toUpperCase(),
        texts: theme.texts.map((text) => ({
          language: text.language.trim().toLowerCase(),
          name: text.name.trim(),
          cues: text.cues.map((cue) => cue.trim()),
        })),
      })),
    }),
    ...(input.themeCues && {
      themeCues: input.themeCues.map(({ theme, language, cues }) => ({
        theme,
        language: language.trim().toLowerCase(),
        cues: cues.map((cue) => cue.trim()),
      })),
    }),
  };
}

/** What the classifier and reports read of a survey's own themes, to tell whether a change changed them. */
const themesKey = (themes: readonly (CustomThemeInput & { slot: string })[]) =>
  JSON.stringify(
    themes.map(({ slot, code, texts }) => [
      slot,
      code,
      texts.map(({ language, name, cues }) => [language, name, [...cues]]),
    ]),
  );

/** A survey's own cues for the built-in themes, as `normalize` gives them, to tell whether a change changed them. */
const cuesOf = (survey: SurveyDoc) =>
  (survey.toObject().themeCues as StoredThemeCues[]).map(({ theme, language, cues }) => ({
    theme,
    language,
    cues,
  }));

/**
 * The survey's own themes as given, each counted in a slot: a theme kept (by code) in its own, a new one in the
 * first that none of them holds. A slot freed and taken again counts the new theme once the reclassification that
 * the change starts is done (until then, older comments count as they were classified).
 */
function withSlots(
  themes: readonly CustomThemeInput[],
  before: readonly StoredCustomTheme[],
): (CustomThemeInput & { slot: string })[] {
  if (themes.length > CUSTOM_THEME_LIMITS.themes) {
    throw new BadUserInputError(
      `customThemes: a survey has at most ${CUSTOM_THEME_LIMITS.themes} themes of its own (${themes.length} given).`,
      'customThemes',
    );
  }
  const kept = new Map(before.map((theme) => [theme.code, theme.slot]));
  const taken = new Set(themes.flatMap((theme) => kept.get(theme.code) ?? []));
  const free = CUSTOM_SLOTS.filter((slot) => !taken.has(slot));
  return themes.map((theme) => ({ ...theme, slot: kept.get(theme.code) ?? (free.shift() as string) }));
}

const QUESTION_KEYS = {
  question: 'question',
  detractorFollowUp: 'followUpDetractor',
  passiveFollowUp: 'followUpPassive',
  promoterFollowUp: 'followUpPromoter',
} as const;

/**
 * Every text the survey words its own way, for the widget: its `texts`, and the wording of the questions set
 * through the older `questionOverrides` where `texts` does not give it.
 */
export function widgetTexts(survey: Pick<Survey, 'texts' | 'questionOverrides'>): StoredSurveyText[] {
  const texts = (survey.texts as StoredSurveyText[]).map(({ language, key, text }) => ({
    language,
    key,
    text,
  }));
  const given = new Set(texts.map((t) => `${t.language}:${t.key}`));
  for (const override of survey.questionOverrides) {
    for (const [field, key] of Object.entries(QUESTION_KEYS)) {
      const text = override[field as keyof typeof QUESTION_KEYS];
      if (text && !given.has(`${override.language}:${key}`))
        texts.push({ language: override.language, key, text });
    }
  }
  return texts;
}

/** What the widget is told of a survey (`SurveyConfig`, but whether the visitor answered lately). */
export function publicConfig(survey: SurveyDoc) {
  return {
    siteKey: survey.siteKey,
    brand: survey.brand,
    languages: survey.languages,
    defaultLanguage: survey.defaultLanguage,
    markets: survey.markets,
    questionOverrides: survey.questionOverrides,
    texts: widgetTexts(survey),
    recontactDays: survey.recontactDays,
    sampleRate: survey.sampleRate,
    delaySeconds: survey.delaySeconds,
    active: survey.active,
  };
}

/** Leaves out the fields a client sent as null: "unchanged" for an update, "default" for a create. */
function present<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

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

export function createSurveys(models: Models) {
  const bySiteKey = new Map<string, { survey: Promise<SurveyDoc | null>; until: number }>();
  /** Surveys found lately, until when: reports need not ask the database again within a second. */
  const known = new Map<string, number>();
  /** What reports need of a survey, read again after a second (a change on another instance shows within that). */
  const reportSettings = new Map<string, { settings: ReportSettings; until: number }>();
  /** When this instance last recorded a page of each `<survey>:<origin>` loading its survey. */
  const seen = new Map<string, number>();

  /** The survey of a site key, read at most once a second per instance; refused when unknown or not active. */
  async function bySiteKeyActive(siteKey: string): Promise<SurveyDoc> {
    const now = Date.now();
    let cached = bySiteKey.get(siteKey);
    if (!cached || cached.until < now) {
      // One read for all the requests that find it missing at once (a burst of answers), not one each.
      const read = siteKey.length <= 64 ? models.Survey.findOne({ siteKey: { $eq: siteKey } }).exec() : null;
      cached = { survey: Promise.resolve(read), until: now + SITE_KEY_CACHE_MS };
      cached.survey.catch(() => bySiteKey.delete(siteKey));
      if (bySiteKey.size > 10_000) bySiteKey.clear();
      bySiteKey.set(siteKey, cached);
    }
    const survey = await cached.survey;
    if (!survey) throw new NotFoundError('No survey has this site key.');
    if (!survey.active) throw new ForbiddenError('This survey is not active.');
    return survey;
  }

  async function get(id: string): Promise<SurveyDoc> {
    const survey = isValidObjectId(id) ? await models.Survey.findById(id) : null;
    if (!survey) throw new NotFoundError(`No survey ${id}.`);
    if (known.size > 10_000) known.clear();
    known.set(id, Date.now() + REPORT_SETTINGS_MS);
    return survey;
  }

  /** The survey with every change claimed for it written, including one whose instance died before writing it. */
  async function current(survey: SurveyDoc): Promise<SurveyDoc> {
    for (;;) {
      const next = await models.SurveyRevision.findById(
        `${survey._id}:${survey.version + 1}`,
      ).lean<SurveyRevision>();
      if (!next) return survey;
      survey.set({ ...(next.set as object), version: next.version });
      await save(survey);
    }
  }

  /** The refusal of a change made on `expected`, naming the fields changed since (by the last 100 changes). */
  async function conflict(survey: SurveyDoc, expected: number): Promise<ConflictError> {
    const first = Math.max(expected + 1, survey.version - 99);
    const ids = Array.from({ length: survey.version - first + 1 }, (_, i) => `${survey._id}:${first + i}`);
    const since = await models.SurveyRevision.find({ _id: { $in: ids } }).lean<SurveyRevision[]>();
    const changed = [...new Set(since.flatMap((revision) => revision.fields))].sort();
    return new ConflictError(
      `This survey was changed since version ${expected} (now ${survey.version}${changed.length ? `: ${changed.join(', ')}` : ''}). Read it again and make the change on it; nothing was saved.`,
      changed,
      survey.version,
    );
  }

  async function save(survey: SurveyDoc): Promise<SurveyDoc> {
    try {
      await survey.save();
    } catch (error) {
      fromValidationError(error);
    }
    bySiteKey.delete(survey.siteKey);
    return survey;
  }

  return {
    get,

    /**
     * Records that a page on `origin` (one of the survey's allowed origins) loaded the survey: at most once a minute
     * per origin on this instance, never waited for by the visitor's request.
     */
    seenOn(survey: SurveyDoc, origin: string): void {
      const key = `${survey._id}:${origin}`;
      const now = Date.now();
      if ((seen.get(key) ?? 0) > now - SEEN_EVERY_MS) return;
      if (seen.size > 10_000) seen.clear();
      seen.set(key, now);
      models.SurveyInstall.updateOne({ _id: key }, { $max: { at: new Date(now) } }, { upsert: true }).catch(
        () => seen.delete(key),
      );
    },

    /** Each allowed origin of a survey, and when a page there last loaded it. */
    async installations(survey: SurveyDoc): Promise<{ origin: string; lastSeenAt: Date | null }[]> {
      const keys = survey.allowedOrigins.map((origin) => `${survey._id}:${origin}`);
      const found = await findByIds<SurveyInstall>(models.SurveyInstall, keys);
      return survey.allowedOrigins.map((origin, i) => ({
        origin,
        lastSeenAt: found.get(keys[i] ?? '')?.at ?? null,
      }));
    },

    /** The id of an existing survey, for reads that need nothing else of it; NOT_FOUND otherwise. */
    async idOf(id: string): Promise<Types.ObjectId> {
      return (known.get(id) ?? 0) > Date.now() ? new Types.ObjectId(id) : (await get(id))._id;
    },

    /** What a report needs of an existing survey (NOT_FOUND otherwise), from memory for a second. */
    async reportSettings(id: string): Promise<ReportSettings> {
      const cached = reportSettings.get(id);
      if (cached && cached.until > Date.now()) return cached.settings;
      const survey = await get(id);
      const { customThemes, themeCues } = survey.toObject();
      const settings = {
        id: survey._id,
        minResponses: survey.minResponses,
        customThemes: customThemes as StoredCustomTheme[],
        themeCues: themeCues as StoredThemeCues[],
      };
      reportSettings.set(id, { settings, until: Date.now() + REPORT_SETTINGS_MS });
      return settings;
    },

    /** Every survey, or those of `ids` (a person's roles), newest first. */
    list: (ids?: readonly string[]) =>
      models.Survey.find(ids ? { _id: { $in: ids.filter((id) => isValidObjectId(id)) } } : {}).sort({
        createdAt: -1,
        _id: -1,
      }),

    /** The fields whose value the survey's last change made different (for its audit log). */
    async lastChange(survey: SurveyDoc): Promise<string[]> {
      const revision = await models.SurveyRevision.findById(
        `${survey._id}:${survey.version}`,
      ).lean<SurveyRevision>();
      return revision?.fields ?? [];
    },

    /**
     * Deletes a survey's own documents, once its answers are erased (`survey-deletion.ts`): its tokens, webhooks,
     * install records, revisions and people's roles, then the survey. Its counts stay, every answer taken away from
     * them by its writer (which may still be writing them: a cell deleted now could come back). Returns how many
     * tokens and webhooks went.
     */
    async remove(survey: SurveyDoc): Promise<{ readTokens: number; webhooks: number }> {
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
      bySiteKey.delete(survey.siteKey);
      known.delete(String(survey._id));
      reportSettings.delete(String(survey._id));
      return { readTokens: tokens.deletedCount, webhooks: hooks.deletedCount };
    },

    /**
     * Moves the survey to its next link key (`links/link-keys.ts`). Not a version of its settings: an owner editing
     * them meanwhile is not refused for it. Two rotations at once may make one step; either way the old key is gone.
     */
    async rotateLinkKey(survey: SurveyDoc): Promise<SurveyDoc> {
      await models.Survey.updateOne({ _id: survey._id }, { $inc: { linkKeyGeneration: 1 } });
      bySiteKey.delete(survey.siteKey);
      return get(String(survey._id));
    },

    async create(input: CreateSurveyInput): Promise<SurveyDoc> {
      const fields = normalize(present(input));
      const survey = new models.Survey({
        ...fields,
        defaultLanguage: fields.defaultLanguage ?? fields.languages?.[0],
        siteKey: `pk_${randomAlphanumeric(24)}`,
      });
      return save(survey);
    },

    /**
     * Changes a survey's settings or texts as one new version (see `survey-revision.model.ts`). With
     * `expectedVersion`, a survey changed since that version is refused with CONFLICT naming what changed; without,
     * the change applies to the survey as it is. Checked whole before anything is stored.
     */
    async update(id: string, { expectedVersion, ...input }: UpdateSurveyInput): Promise<SurveyDoc> {
      const { retentionDays, customThemes, ...rest } = normalize(present(input));
      // 0 sets it back to "kept"; an archived survey takes no answers.
      const settings = {
        ...rest,
        ...(retentionDays !== undefined && { retentionDays: retentionDays === 0 ? null : retentionDays }),
        ...(rest.archived && { active: false }),
      };
      for (;;) {
        const survey = await current(await get(id));
        const version = survey.version;
        const themes = customThemes && withSlots(customThemes, survey.customThemes);
        const proposed = { ...settings, ...(themes && { customThemes: themes }) };
        // A change of what the classifier reads is marked with its version: what the reclassification it starts is for.
        const reread =
          (themes && themesKey(themes) !== themesKey(survey.customThemes)) ||
          (settings.themeCues && JSON.stringify(settings.themeCues) !== JSON.stringify(cuesOf(survey)));
        const changes = reread ? { ...proposed, themesVersion: version + 1 } : proposed;
        if (typeof expectedVersion === 'number' && expectedVersion !== version) {
          if (!Number.isInteger(expectedVersion) || expectedVersion < 0 || expectedVersion > version) {
            throw new BadUserInputError(
              `expectedVersion ${expectedVersion} is no version of this survey (now ${version}).`,
              'expectedVersion',
            );
          }
          throw await conflict(survey, expectedVersion);
        }
        const before: Record<string, unknown> = survey.toObject();
        survey.set({ ...changes, version: version + 1 });
        await survey.validate().catch((error: unknown) => fromValidationError(error));
        // What a later conflict names: the fields whose value this change made different, not all it sent.
        const after: Record<string, unknown> = survey.toObject();
        const fields = Object.keys(changes).filter(
          (key) => key !== 'themesVersion' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
        );
        const taken = await insertNew(models.SurveyRevision.collection, [
          {
            _id: `${survey._id}:${version + 1}`,
            survey: survey._id,
            version: version + 1,
            fields,
            set: changes,
            at: new Date(),
          },
        ]);
        // Another change took this version first: against it, a stale save is refused, any other applied after.
        if (taken.size) continue;
        reportSettings.delete(id);
        return save(survey);
      }
    },

    /**
     * The survey behind a public request: its site key must be known and active, and the request must come from
     * one of its allowed origins (browsers send `Origin` with every cross-origin and every POST request).
     */
    async forPublicRequest(siteKey: string, origin: string | undefined): Promise<SurveyDoc> {
      const survey = await bySiteKeyActive(siteKey);
      if (!origin) {
        throw new ForbiddenError(
          "This request sent no Origin header: only pages on the survey's allowed origins may use it.",
        );
      }
      if (!survey.allowedOrigins.includes(origin)) {
        throw new ForbiddenError(`The origin ${origin.slice(0, 200)} is not allowed to use this survey.`);
      }
      return survey;
    },

    /** The survey of a site key, known and active, whatever the origin: what the hosted survey page shows. */
    bySiteKey: bySiteKeyActive,
  };
}

export type SurveyService = ReturnType<typeof createSurveys>;
