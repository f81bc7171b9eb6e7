import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { mongo } from 'mongoose';
import { deleteByIds, findByIds, insertNew, updateInChunks } from '../models/index.ts';
import { categoryOf, MAX_COMMENT_CHANGES } from '../models/response.model.ts';
import { deltaCells } from '../reports/cells.ts';
import type { ThemeCorrection } from '../themes/corrections.ts';
import type { ThemeKey } from '../themes/lexicon.ts';
import type { Amendable, Amended, AnswerChange, Stored } from './stored.ts';
import type { Lease } from './writer-lease.ts';
import type { ChangeOutcome, ChangeRequest, WriterState } from './writer-state.ts';

/** How many times a comment change is tried when other changes of the same answer are being made. */
const AMEND_ATTEMPTS = 40;
/** Wait before reading an answer again whose other change is under way (up to twice this, at random). */
const AMEND_RETRY_MS = 25;
/** A claimed comment change not made after this long was left by an instance that died: it is given up. */
const STALE_REVISION_MS = 60_000;

/** Whether an answer's stored themes are these, in order. */
export const sameThemes = (a: readonly string[] | null | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && b.every((theme, i) => a?.[i] === theme);

/** Whether two answers' corrections say the same of each theme (who said it and when aside). */
function sameCorrections(
  a: readonly ThemeCorrection[] | null | undefined,
  b: readonly ThemeCorrection[] | null | undefined,
): boolean {
  const said = (corrections: readonly ThemeCorrection[] | null | undefined) =>
    (corrections ?? [])
      .map((correction) => `${correction.theme}:${correction.present}`)
      .sort()
      .join();
  return said(a) === said(b);
}

/** A change waiting for the writer, and its maker waiting for the outcome. */
export interface ChangeWork extends ChangeRequest {
  resolve(outcome: ChangeOutcome): void;
  reject(error: unknown): void;
}

/**
 * Makes the changes queued together, in one step of the writer: their revisions claimed in one unordered insert, the
 * journal entries of those won in one more, the answers' updates in bulk (one transaction in our FerretDB build, where
 * upstream makes each update its own; updates from several connections at once would wait for each other in SQLite:
 * 24 ms each under load, against 1.4 ms in turn), then their events and their counts. Should a write fail, a claim or
 * an entry stored all the same names a change that was never made: the claim is given up after a minute, and a repair
 * drops the entry; a change made and not counted is counted by the slot's repair, which tells by the answer's `amends`.
 */
export async function makeChanges(w: WriterState, works: readonly ChangeWork[]): Promise<void> {
  let lease: Lease;
  let won: ChangeWork[];
  try {
    lease = await w.ownLease();
    const at = new Date();
    const claims = works.map((work) => ({ _id: work.revision, entry: work.entry._id, at }));
    const lost = await insertNew(w.models.CommentRevision.collection, claims);
    won = works.filter((_, i) => !lost.has(i));
    for (const i of lost) works[i]?.resolve('taken');
    if (won.length) {
      // The driver's own insert: the entries are made here, typed as stored, and the model's casting of their cells
      // cost 0.15 ms a change.
      const journal = w.models.IngestJournal.collection as unknown as mongo.Collection<
        ChangeRequest['entry'] & { slot: number }
      >;
      await journal.insertMany(
        won.map((work) => ({ ...work.entry, slot: lease.slot })),
        { ordered: false },
      );
    }
  } catch (error) {
    for (const work of works) work.reject(error);
    return;
  }
  let made: ChangeWork[];
  try {
    made = await updateAnswers(w, won);
  } catch (error) {
    // Made or not, unknown: the slot's repair tells by the answers' `amends`.
    w.scheduleRepair();
    for (const work of won) work.reject(error);
    return;
  }
  const missing = won.filter((work) => !made.includes(work));
  if (missing.length) {
    await deleteByIds(
      w.models.IngestJournal,
      missing.map((work) => work.entry._id),
    ).catch(() => w.scheduleRepair());
    for (const work of missing) work.resolve('missing');
  }
  try {
    const events = await Promise.all(
      made.flatMap((work) => (work.announced ? [w.events.commented(work.announced, work.entry._id)] : [])),
    );
    await w.events.store(events.flat());
  } catch (error) {
    // Made, not counted, not announced: the slot's repair does both.
    w.scheduleRepair();
    for (const work of made) work.reject(error);
    return;
  }
  for (const work of made) {
    // Counted here while the entry is still this slot's; otherwise whoever repairs the slot counts it.
    if (await stillOurs(w, lease, work.entry._id)) {
      w.aggregates.add(work.entry.cells);
      w.pending.push(work.entry._id);
    }
    work.resolve('made');
  }
}

/** Updates the answers of changes whose entries are written; returns those made (the others' answers are gone). */
async function updateAnswers(w: WriterState, works: readonly ChangeWork[]): Promise<ChangeWork[]> {
  const matched = await updateInChunks(
    w.models.Response,
    works.map((work) => ({
      updateOne: {
        filter: { _id: work.entry.amended },
        update: { $set: work.change, $push: { amends: work.entry._id } },
      },
    })),
  );
  if (matched === works.length) return [...works];
  const answers = await findByIds<Pick<Stored, '_id' | 'amends'>>(
    w.models.Response,
    works.map((work) => work.entry.amended),
    { amends: 1 },
  );
  return works.filter((work) => answers.get(work.entry.amended)?.amends?.includes(work.entry._id));
}

/** What an answer is to become: its comment, its score, or a person's corrections of its themes. */
export interface Wanted {
  comment?: string | undefined;
  score?: number | undefined;
  themeCorrections?: (stored: Stored) => ThemeCorrection[];
}

/**
 * Changes a stored answer's comment, or its score (a later score link of an email: the last click wins), or the
 * corrections of its themes (a person's), or its themes alone (classified again), and its counts with it, exactly,
 * whichever instances change it at once.
 * The answer is read off the writer (the writer's one loop stores every instance's batches and must not wait on a
 * read), with the other reads asked for meanwhile in one query (`readAnswer`); the writer then makes the change in one
 * step with the others queued meanwhile (`makeChanges`): it claims the answer's next change (`comment_revisions`: one
 * instance wins it; the others read the answer again once it is in), adds a journal entry (the answer, and the counts
 * the change takes away and adds), changes the answer and counts the change. The change is recorded on the answer
 * (`amends`), which is how a repair tells a change made from one that was not. `themesOf` gives the answer's themes as
 * it will be; `limit` is how many changes the answer may have had before this one (a visitor's `MAX_COMMENT_CHANGES`, a
 * person's `MAX_CHANGES`; none for the classifier's own).
 */
export async function amend(
  w: WriterState,
  id: string,
  wanted: Wanted,
  themesOf: (answer: Amendable) => ThemeKey[],
  { notify = true, limit = MAX_COMMENT_CHANGES }: { notify?: boolean; limit?: number } = {},
): Promise<Amended> {
  for (let attempt = 0; attempt < AMEND_ATTEMPTS; attempt++) {
    const stored = await w.readAnswer(id);
    if (!stored) return { outcome: 'missing' };
    const change = changeOf(stored, wanted, themesOf);
    if (!change) return { outcome: 'unchanged', response: stored };
    const changes = stored.amends?.length ?? 0;
    if (changes >= limit) return { outcome: 'too many changes', response: stored };
    const entry = randomUUID();
    const revision = `${id}#${changes + 1}`;
    const cells = deltaCells([{ ...stored, ...change }], deltaCells([stored], [], -1));
    const after = { ...stored, ...change, amends: [...(stored.amends ?? []), entry] };
    // Announced only when what the visitor gave changed, not its themes alone.
    const announce = notify && (stored.comment !== change.comment || stored.score !== change.score);
    const outcome = await w.change({
      entry: { _id: entry, amended: id, cells, at: new Date() },
      revision,
      change,
      announced: announce ? after : undefined,
    });
    if (outcome === 'missing') return { outcome: 'missing' };
    if (outcome === 'taken') {
      // Another change of this answer is being made: read it again once that one is in.
      await giveUpStale(w, id, revision);
      await sleep(AMEND_RETRY_MS * (1 + Math.random()));
      continue;
    }
    return { outcome: 'changed', response: after };
  }
  throw new Error(`answer ${id} kept changing under ${AMEND_ATTEMPTS} attempts to change it`);
}

/** What `wanted` changes of the answer as stored; undefined when it is so already. */
function changeOf(
  stored: Stored,
  wanted: Wanted,
  themesOf: (answer: Amendable) => ThemeKey[],
): AnswerChange | undefined {
  const comment = wanted.comment ?? stored.comment ?? null;
  const score = wanted.score ?? stored.score;
  const themeCorrections = wanted.themeCorrections?.(stored) ?? stored.themeCorrections;
  const category = categoryOf(score);
  const themes = themesOf({ ...stored, comment, category, themeCorrections });
  const same =
    stored.comment === comment &&
    stored.score === score &&
    sameCorrections(stored.themeCorrections, themeCorrections) &&
    sameThemes(stored.themes, themes);
  return same ? undefined : { comment, score, category, themeCorrections, themes };
}

/**
 * After a revision was found claimed: a claim whose change never reached the answer (its holder died between the two)
 * is given up after a minute.
 */
async function giveUpStale(w: WriterState, id: string, revision: string): Promise<void> {
  const { models } = w;
  const held = await models.CommentRevision.findById(revision).lean<{ entry: string; at: Date }>();
  if (held && held.at.getTime() < Date.now() - STALE_REVISION_MS) {
    const answer = await models.Response.findById(id, { amends: 1 }).lean<Pick<Stored, 'amends'>>();
    if (!answer?.amends?.includes(held.entry)) {
      await models.CommentRevision.deleteOne({ _id: revision, entry: held.entry });
    }
  }
}

/**
 * Whether a change's journal entry, written under `held`, is still this instance's to count. Under that very lease,
 * still held, no other instance can have repaired the slot, and this instance's own repairs run between the writer's
 * steps, not within one: no read needed. After a lease was lost, the entry says so by being there still.
 */
async function stillOurs(w: WriterState, held: Lease, entry: string): Promise<boolean> {
  if (w.lease === held && held.isHeld()) return true;
  return w.lease?.slot === held.slot && (await w.models.IngestJournal.exists({ _id: entry })) !== null;
}
