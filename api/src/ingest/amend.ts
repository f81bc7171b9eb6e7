import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeltaCell } from '../models/count-delta.model.ts';
import { insertNew } from '../models/index.ts';
import { categoryOf, MAX_COMMENT_CHANGES } from '../models/response.model.ts';
import { deltaCells } from '../reports/cells.ts';
import type { ThemeCorrection } from '../themes/corrections.ts';
import type { ThemeKey } from '../themes/lexicon.ts';
import type { Amendable, Amended, Stored } from './stored.ts';
import type { Lease } from './writer-lease.ts';
import type { ChangeEntry, WriterState } from './writer-state.ts';

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

/** A change waiting for the writer, and its maker waiting for the lease its journal entry was written under. */
export interface ChangeWork {
  readonly entry: ChangeEntry;
  /** The answer's next change, `<answer>#<n>` (`comment_revisions`): made by whoever inserts it first. */
  readonly revision: string;
  /** The lease, or undefined when another change holds the revision. */
  resolve(lease: Lease | undefined): void;
  reject(error: unknown): void;
}

/**
 * Claims the revisions of the changes queued together at once, then writes the journal entries of those it won at
 * once, under this instance's lease: two writes for all of them. Should a write fail, a claim or an entry stored all
 * the same names a change that was never made: the claim is given up after a minute, and a repair drops the entry.
 */
export async function journalChanges(w: WriterState, works: readonly ChangeWork[]): Promise<void> {
  try {
    const lease = await w.ownLease();
    const at = new Date();
    const claims = works.map((work) => ({ _id: work.revision, entry: work.entry._id, at }));
    const lost = await insertNew(w.models.CommentRevision.collection, claims);
    const won = works.filter((_, i) => !lost.has(i));
    if (won.length) {
      await w.models.IngestJournal.insertMany(won.map((work) => ({ ...work.entry, slot: lease.slot })));
    }
    works.forEach((work, i) => {
      work.resolve(lost.has(i) ? undefined : lease);
    });
  } catch (error) {
    for (const work of works) work.reject(error);
  }
}

/** What an answer is to become: its comment, its score, or a person's corrections of its themes. */
export interface Wanted {
  comment?: string | undefined;
  score?: number | undefined;
  themeCorrections?: (stored: Stored) => ThemeCorrection[];
}

type Change = Pick<Stored, 'comment' | 'score' | 'category' | 'themes' | 'themeCorrections'>;

/**
 * Changes a stored answer's comment, or its score (a later score link of an email: the last click wins), or the
 * corrections of its themes (a person's), or its themes alone (classified again), and its counts with it, exactly,
 * whichever instances change it at once.
 * The answer is read, and changed, off the writer (the writer's one loop stores every instance's batches and must
 * not wait on a read). In between, the writer claims the answer's next change (`comment_revisions`: one instance
 * wins it; the others read the answer again once it is in) and adds a journal entry (the answer, and the counts the
 * change takes away and adds), for all the changes queued at once together (`journalChanges`); it counts the change
 * once it is made. The change is recorded on the answer (`amends`), which is how a repair tells a change made from
 * one that was not. `themesOf` gives the answer's themes as it will be; `limit` is how many changes the answer may
 * have had before this one (a visitor's `MAX_COMMENT_CHANGES`, a person's `MAX_CHANGES`; none for the classifier's
 * own).
 */
export async function amend(
  w: WriterState,
  id: string,
  wanted: Wanted,
  themesOf: (answer: Amendable) => ThemeKey[],
  { notify = true, limit = MAX_COMMENT_CHANGES }: { notify?: boolean; limit?: number } = {},
): Promise<Amended> {
  for (let attempt = 0; attempt < AMEND_ATTEMPTS; attempt++) {
    const stored = await w.models.Response.findById(id).lean<Stored>();
    if (!stored) return { outcome: 'missing' };
    const change = changeOf(stored, wanted, themesOf);
    if (!change) return { outcome: 'unchanged', response: stored };
    const changes = stored.amends?.length ?? 0;
    if (changes >= limit) return { outcome: 'too many changes', response: stored };
    const entry = randomUUID();
    const revision = `${id}#${changes + 1}`;
    const cells = deltaCells([{ ...stored, ...change }], deltaCells([stored], [], -1));
    w.amending.add(entry);
    try {
      const held = await w.journal({ _id: entry, amended: id, cells, at: new Date() }, revision);
      if (!held) {
        // Another change of this answer is being made: read it again once that one is in.
        await giveUpStale(w, id, revision);
        await sleep(AMEND_RETRY_MS * (1 + Math.random()));
        continue;
      }
      // Announced only when what the visitor gave changed, not its themes alone.
      const announce = notify && (stored.comment !== change.comment || stored.score !== change.score);
      if (!(await changeAnswer(w, { id, entry, held, cells }, change, stored, announce))) {
        return { outcome: 'missing' };
      }
    } finally {
      w.amending.delete(entry);
    }
    return {
      outcome: 'changed',
      response: { ...stored, ...change, amends: [...(stored.amends ?? []), entry] },
    };
  }
  throw new Error(`answer ${id} kept changing under ${AMEND_ATTEMPTS} attempts to change it`);
}

/** What `wanted` changes of the answer as stored; undefined when it is so already. */
function changeOf(
  stored: Stored,
  wanted: Wanted,
  themesOf: (answer: Amendable) => ThemeKey[],
): Change | undefined {
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
 * Makes a change whose journal entry is written (under `held`): the change off the writer, then the counts on it.
 * False when the answer is gone (erased meanwhile).
 */
async function changeAnswer(
  w: WriterState,
  { id, entry, held, cells }: { id: string; entry: string; held: Lease; cells: DeltaCell[] },
  change: Change,
  stored: Stored,
  notify: boolean,
): Promise<boolean> {
  let made: boolean;
  try {
    const result = await w.models.Response.updateOne({ _id: id }, { $set: change, $push: { amends: entry } });
    made = result.matchedCount === 1;
  } catch (error) {
    // Made or not, unknown: the slot's repair tells by the answer's `amends`.
    w.scheduleRepair();
    throw error;
  }
  return await w.exclusive(async () => {
    if (!made) {
      await w.models.IngestJournal.deleteOne({ _id: entry });
      return false;
    }
    if (notify) {
      const changed = { ...stored, ...change, amends: [...(stored.amends ?? []), entry] };
      try {
        await w.events.store(await w.events.commented(changed, entry));
      } catch (error) {
        // Made, not counted, not announced: the slot's repair does both.
        w.scheduleRepair();
        throw error;
      }
    }
    // Counted here while the entry is still this slot's; otherwise whoever repairs the slot counts it.
    if (await stillOurs(w, held, entry)) {
      w.aggregates.add(cells);
      w.pending.push(entry);
    }
    return true;
  });
}

/**
 * Whether a change's journal entry, written under `held`, is still this instance's to count. Under that very lease,
 * still held, no other instance can have repaired the slot, and this instance's own repairs leave the changes under
 * way: no read needed. After a lease was lost, the entry says so by being there still.
 */
async function stillOurs(w: WriterState, held: Lease, entry: string): Promise<boolean> {
  if (w.lease === held && held.isHeld()) return true;
  return w.lease?.slot === held.slot && (await w.models.IngestJournal.exists({ _id: entry })) !== null;
}
