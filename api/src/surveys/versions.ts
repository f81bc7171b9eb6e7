import type { UpdateSurveyInput } from '@nps/schema/types';
import { BadUserInputError, ConflictError, fromValidationError } from '../errors.ts';
import { insertNew, type Models } from '../models/index.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { SurveyRevision } from '../models/survey-revision.model.ts';
import { cuesOf, normalize, present, themesKey, withSlots } from './settings-input.ts';

/** What changing a survey needs of the survey service: reading one, and saving one (which forgets its caches). */
export interface SurveyStore {
  readonly models: Models;
  get(id: string): Promise<SurveyDoc>;
  save(survey: SurveyDoc): Promise<SurveyDoc>;
}

/** The survey with every change claimed for it written, including one whose instance died before writing it. */
export async function current(store: SurveyStore, survey: SurveyDoc): Promise<SurveyDoc> {
  for (;;) {
    const next = await store.models.SurveyRevision.findById(
      `${survey._id}:${survey.version + 1}`,
    ).lean<SurveyRevision>();
    if (!next) return survey;
    survey.set({ ...(next.set as object), version: next.version });
    await store.save(survey);
  }
}

/** The refusal of a change made on `expected`, naming the fields changed since (by the last 100 changes). */
async function conflict(models: Models, survey: SurveyDoc, expected: number): Promise<Error> {
  const version = survey.version;
  if (!Number.isInteger(expected) || expected < 0 || expected > version) {
    return new BadUserInputError(
      `expectedVersion ${expected} is no version of this survey (now ${version}).`,
      'expectedVersion',
    );
  }
  const first = Math.max(expected + 1, version - 99);
  const ids = Array.from({ length: version - first + 1 }, (_, i) => `${survey._id}:${first + i}`);
  const since = await models.SurveyRevision.find({ _id: { $in: ids } }).lean<SurveyRevision[]>();
  const changed = [...new Set(since.flatMap((revision) => revision.fields))].sort();
  return new ConflictError(
    `This survey was changed since version ${expected} (now ${version}${changed.length ? `: ${changed.join(', ')}` : ''}). Read it again and make the change on it; nothing was saved.`,
    changed,
    version,
  );
}

type Settings = ReturnType<typeof settingsOf>;

/** An update's input as stored settings (its own themes aside: their slots depend on the survey). */
function settingsOf(input: Omit<UpdateSurveyInput, 'expectedVersion'>) {
  const { retentionDays, customThemes, ...rest } = normalize(present(input));
  return {
    customThemes,
    settings: {
      ...rest,
      // 0 sets it back to "kept"; an archived survey takes no answers.
      ...(retentionDays !== undefined && { retentionDays: retentionDays === 0 ? null : retentionDays }),
      ...(rest.archived && { active: false }),
    },
  };
}

/**
 * What the update sets on the survey as it is: its own themes in their slots, and, when what the classifier reads
 * changed, `themesVersion`: the version the reclassification it starts is for.
 */
function changesTo(survey: SurveyDoc, { customThemes, settings }: Settings) {
  const themes = customThemes && withSlots(customThemes, survey.customThemes);
  const proposed = { ...settings, ...(themes && { customThemes: themes }) };
  const reread =
    (themes && themesKey(themes) !== themesKey(survey.customThemes)) ||
    (settings.themeCues && JSON.stringify(settings.themeCues) !== JSON.stringify(cuesOf(survey)));
  return reread ? { ...proposed, themesVersion: survey.version + 1 } : proposed;
}

/**
 * Changes a survey's settings or texts as one new version (see `survey-revision.model.ts`). With
 * `expectedVersion`, a survey changed since that version is refused with CONFLICT naming what changed; without,
 * the change applies to the survey as it is. Checked whole before anything is stored.
 */
export async function updateSurvey(
  store: SurveyStore,
  id: string,
  { expectedVersion, ...input }: UpdateSurveyInput,
): Promise<SurveyDoc> {
  const wanted = settingsOf(input);
  for (;;) {
    const survey = await current(store, await store.get(id));
    const version = survey.version;
    const changes = changesTo(survey, wanted);
    if (typeof expectedVersion === 'number' && expectedVersion !== version) {
      throw await conflict(store.models, survey, expectedVersion);
    }
    const before: Record<string, unknown> = survey.toObject();
    survey.set({ ...changes, version: version + 1 });
    await survey.validate().catch((error: unknown) => fromValidationError(error));
    // What a later conflict names: the fields whose value this change made different, not all it sent.
    const after: Record<string, unknown> = survey.toObject();
    const fields = Object.keys(changes).filter(
      (key) => key !== 'themesVersion' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    const taken = await insertNew(store.models.SurveyRevision.collection, [
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
    if (!taken.size) return store.save(survey);
  }
}
