import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotCellId } from '../models/nps-daily.model.ts';
import { deltaCells } from '../reports/cells.ts';
import { runOutLease } from '../testing/abandoned-slot.ts';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';
import { recountThemes, themeCounts } from '../testing/recount.ts';

const THEMES = /* GraphQL */ `
  query ($id: ID!, $groupBy: [NpsDimension!]) {
    themes(surveyId: $id, groupBy: $groupBy) {
      overall { score { responses } themes { theme responses promoters passives detractors percent detractorPercent } }
      segments { language themes { theme responses promoters passives detractors } }
    }
  }
`;

const RESPONSES = /* GraphQL */ `
  query ($id: ID!, $filter: ResponseFilter) {
    responses(surveyId: $id, filter: $filter, first: 20) {
      edges { node { id comment themes themeMatches { theme start end polarity counted } } }
    }
  }
`;

interface ThemeCount {
  theme: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

let test: TestApp;
let surveyId: string;
let siteKey: string;

async function submit(input: { id?: string; score: number; language: string; comment?: string | null }) {
  const { id = randomUUID(), ...rest } = input;
  return test.gql<{ submitResponse: { duplicate: boolean } }>(
    SUBMIT,
    { input: { siteKey, clientResponseId: id, ...rest } },
    { origin: ORIGIN },
  );
}

/** Per theme, per category, as counted from the stored answers' themes (not the service's code). */
const recount = (language?: string) => recountThemes(test.db.connection, surveyId, language);

async function reported(groupBy?: string[]) {
  const { themes } = await test.admin<{
    themes: {
      overall: { score: { responses: number }; themes: (ThemeCount & { percent: number | null })[] };
      segments: { language: string; themes: ThemeCount[] }[];
    };
  }>(THEMES, { id: surveyId, groupBy });
  return themes;
}

const counts = themeCounts;

/**
 * What an older lexicon would have left on the answers matched: every comment's themes `QUALITY`, and counted so (the
 * survey's counts rebuilt from them). Returns how many answers it changed.
 */
async function olderLexicon(filter: object): Promise<number> {
  const { modifiedCount } = await test.db.connection
    .collection('responses')
    .updateMany(filter, { $set: { themes: ['QUALITY'] } });
  await test.admin('mutation ($id: ID!) { rebuildNpsAggregates(surveyId: $id) }', { id: surveyId });
  return modifiedCount;
}

/** Waits for each app to report the theme counts `truth` (another instance's counts reach it within a second). */
async function everyInstanceReports(apps: readonly TestApp[], truth: Awaited<ReturnType<typeof recount>>) {
  for (const app of apps) {
    await expect
      .poll(
        async () => {
          const { themes } = await app.admin<{ themes: { overall: { themes: ThemeCount[] } } }>(THEMES, {
            id: surveyId,
          });
          return counts(themes.overall.themes);
        },
        { timeout: 10_000, interval: 200 },
      )
      .toEqual(truth);
  }
}

/** The survey's reclassification, as `app` reports it, once it has finished. */
async function reclassified(app: TestApp) {
  const read = async () =>
    (
      await app.admin<{
        survey: {
          reclassification: { done: number; total: number; changed: number; finishedAt: string | null };
        };
      }>('query ($id: ID!) { survey(id: $id) { reclassification { done total changed finishedAt } } }', {
        id: surveyId,
      })
    ).survey.reclassification;
  await expect.poll(async () => (await read()).finishedAt, { timeout: 30_000, interval: 200 }).not.toBeNull();
  return read();
}

beforeAll(async () => {
  test = await startTestApp('themes');
  ({ id: surveyId, siteKey } = await createDemoSurvey(test));
});

afterAll(() => test?.close());

describe('comment themes', () => {
  it('are found on arrival in each language and counted per category, as a recount of the answers finds them', async () => {
    const answers = [
      { score: 2, language: 'en', comment: 'Way too expensive, and the courier was late' },
      { score: 10, language: 'en', comment: 'Friendly staff!' },
      { score: 1, language: 'tr', comment: 'Kargo cok gec geldi' },
      { score: 4, language: 'el', comment: 'Πολύ ακριβό, ο υπάλληλος ήταν αγενής' },
      { score: 9, language: 'ro', comment: 'Livrare rapidă, prețuri bune' },
      { score: 3, language: 'mk', comment: 'Производот се расипа по една недела' },
      { score: 8, language: 'id', comment: 'CS nya lambat balas chat' },
      { score: 6, language: 'en', comment: 'Just browsing' },
      { score: 7, language: 'en' },
    ];
    for (const answer of answers) expect((await submit(answer)).errors).toBeUndefined();
    const { responses } = await test.admin<{
      responses: { edges: { node: { comment: string | null; themes: string[] } }[] };
    }>(RESPONSES, { id: surveyId });
    const themesOf = new Map(responses.edges.map(({ node }) => [node.comment, node.themes]));
    expect(themesOf.get('Way too expensive, and the courier was late')).toEqual(['PRICE', 'DELIVERY']);
    expect(themesOf.get('Kargo cok gec geldi')).toEqual(['DELIVERY']);
    expect(themesOf.get('Πολύ ακριβό, ο υπάλληλος ήταν αγενής')).toEqual(['PRICE', 'STAFF']);
    expect(themesOf.get('Livrare rapidă, prețuri bune')).toEqual(['PRICE', 'DELIVERY']);
    expect(themesOf.get('Производот се расипа по една недела')).toEqual(['QUALITY']);
    expect(themesOf.get('CS nya lambat balas chat')).toEqual(['SUPPORT']);
    expect(themesOf.get('Just browsing')).toEqual([]);
    expect(themesOf.get(null)).toEqual([]);

    const report = await reported();
    expect(counts(report.overall.themes)).toEqual(await recount());
    const price = report.overall.themes.find((count) => count.theme === 'PRICE');
    // Two of the nine answers; two of the four detractors.
    expect(price).toMatchObject({
      responses: 3,
      detractors: 2,
      percent: (100 * 3) / 9,
      detractorPercent: 40,
    });
    const byLanguage = await reported(['LANGUAGE']);
    const english = byLanguage.segments.find((segment) => segment.language === 'en');
    expect(counts(english?.themes ?? [])).toEqual(await recount('en'));
  });

  it('show the words they were found in, as offsets into the comment', async () => {
    const { responses } = await test.admin<{
      responses: {
        edges: { node: { comment: string; themeMatches: { theme: string; start: number; end: number }[] } }[];
      };
    }>(RESPONSES, { id: surveyId, filter: { themes: ['STAFF'] } });
    const words = responses.edges.map(({ node }) =>
      node.themeMatches.map((match) => [match.theme, node.comment.slice(match.start, match.end)]),
    );
    expect(words).toContainEqual([
      ['PRICE', 'ακριβό'],
      ['STAFF', 'υπάλληλος'],
      ['STAFF', 'αγενής'],
    ]);
    expect(words).toContainEqual([
      ['STAFF', 'Friendly'],
      ['STAFF', 'staff'],
    ]);
    expect(responses.edges).toHaveLength(2);
  });

  it('move with a comment that arrives, or changes, after the score: counted once, exactly', async () => {
    const id = randomUUID();
    await submit({ id, score: 3, language: 'en' });
    await submit({ id, score: 3, language: 'en', comment: 'Support never replied' });
    expect(counts((await reported()).overall.themes)).toEqual(await recount());
    const again = await submit({ id, score: 3, language: 'en', comment: 'The parcel arrived broken' });
    expect(again.data?.submitResponse.duplicate).toBe(true);
    const after = await reported();
    expect(counts(after.overall.themes)).toEqual(await recount());
    expect(after.overall.themes.find((count) => count.theme === 'SUPPORT')?.detractors).toBe(0);
    // The same comment again changes nothing.
    await submit({ id, score: 3, language: 'en', comment: 'The parcel arrived broken' });
    expect(counts((await reported()).overall.themes)).toEqual(await recount());
    // Read afresh from the stored cells, not this instance's memory: the same.
    test.app.services.aggregates.forget();
    expect(counts((await reported()).overall.themes)).toEqual(await recount());
  });

  it("count one answer's comment changed at once on two instances exactly: every instance reports a recount", async () => {
    const other = await startTestApp('themes', {}, test.db);
    try {
      const id = randomUUID();
      await submit({ id, score: 2, language: 'en' });
      const comments = ['Too expensive', 'The courier was late', 'Rude staff', 'Support never replied'];
      const results = await Promise.all(
        comments.map((comment, i) =>
          (i % 2 ? other : test).gql(
            SUBMIT,
            { input: { siteKey, clientResponseId: id, score: 2, language: 'en', comment } },
            { origin: ORIGIN },
          ),
        ),
      );
      for (const result of results) expect(result.errors).toBeUndefined();
      const truth = await recount();
      await everyInstanceReports([test, other], truth);
      // One comment kept, one theme for it.
      const stored = await test.db.connection
        .collection<{ comment: string; themes: string[] }>('responses')
        .findOne({ _id: `${surveyId}:${id}` } as never);
      expect(comments).toContain(stored?.comment);
      expect(stored?.themes).toHaveLength(1);
    } finally {
      await other.close(true);
    }
  });

  it('refuse an answer whose comment was changed ten times already, keeping the last', async () => {
    const id = randomUUID();
    await submit({ id, score: 5, language: 'en' });
    for (let i = 0; i < 10; i++)
      await submit({ id, score: 5, language: 'en', comment: `Too expensive (${i})` });
    const refused = await submit({ id, score: 5, language: 'en', comment: 'Rude staff' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(counts((await reported()).overall.themes)).toEqual(await recount());
  });

  it('are classified again in the background by the admin mutation after a lexicon change, recounted exactly', async () => {
    const responses = test.db.connection.collection('responses');
    // What an older lexicon left: themes that today's finds differently, and counted so.
    const changed = await olderLexicon({ survey: new Types.ObjectId(surveyId), comment: { $ne: null } });
    const { reclassifyComments } = await test.admin<{ reclassifyComments: { total: number; done: number } }>(
      'mutation ($id: ID!) { reclassifyComments(surveyId: $id) { total done } }',
      { id: surveyId },
    );
    expect(reclassifyComments).toEqual({
      total: await responses.countDocuments({ survey: new Types.ObjectId(surveyId), comment: { $ne: null } }),
      done: 0,
    });
    const finished = await reclassified(test);
    expect(finished).toMatchObject({ done: reclassifyComments.total });
    expect(finished.changed).toBeGreaterThan(0);
    const quality = await responses.countDocuments({ themes: 'QUALITY' });
    expect(quality).toBeLessThan(changed);
    expect(counts((await reported()).overall.themes)).toEqual(await recount());
    const refused = await test.gql('mutation ($id: ID!) { reclassifyComments(surveyId: $id) { total } }', {
      id: surveyId,
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('go on being classified again on another instance when the one doing it stops', async () => {
    // Enough comments for several steps.
    for (let batch = 0; batch < 5; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          submit({
            score: (batch + i) % 11,
            language: 'en',
            comment: `Rude staff and a late delivery (${i})`,
          }),
        ),
      );
    }
    const other = await startTestApp('themes', {}, test.db);
    const first = await startTestApp('themes', {}, test.db);
    try {
      // Every count in, before the older lexicon's themes are counted from the answers.
      await expect.poll(async () => counts((await reported()).overall.themes)).toEqual(await recount());
      await olderLexicon({ survey: new Types.ObjectId(surveyId), comment: { $ne: null } });
      await first.admin('mutation ($id: ID!) { reclassifyComments(surveyId: $id) { total } }', {
        id: surveyId,
      });
      // Stopped after the step in hand, as a deploy stops it; its progress then ages as if it had died.
      await first.close(true);
      const jobs = test.db.connection.collection('reclassifications');
      const left = await jobs.findOne({ _id: surveyId as never });
      expect(left?.['finishedAt']).toBeNull();
      await jobs.updateOne({ _id: surveyId as never }, { $set: { beatAt: new Date(Date.now() - 60_000) } });
      const finished = await reclassified(other);
      expect(finished.done).toBe(finished.total);
      const truth = await recount();
      await everyInstanceReports([other, test], truth);
    } finally {
      await other.close(true);
    }
  });

  it('are corrected by a person, counted at once and exactly, and kept when the comments are classified again', async () => {
    const CORRECT = /* GraphQL */ `
      mutation ($id: ID!, $theme: FollowUpReason!, $present: Boolean) {
        correctTheme(responseId: $id, theme: $theme, present: $present) {
          themes
          themeCorrections { theme present by at }
        }
      }
    `;
    const id = randomUUID();
    await submit({ id, score: 2, language: 'en', comment: 'Far too expensive for what it is' });
    const { responses } = await test.admin<{
      responses: { edges: { node: { id: string; comment: string } }[] };
    }>(RESPONSES, { id: surveyId, filter: { themes: ['PRICE'] } });
    const answer = responses.edges.find(({ node }) => node.comment === 'Far too expensive for what it is');
    const responseId = answer?.node.id as string;
    type Corrected = {
      correctTheme: { themes: string[]; themeCorrections: { theme: string; by: string }[] };
    };
    const staffBefore = (await reported()).overall.themes.find((count) => count.theme === 'STAFF');

    const added = await test.admin<Corrected>(CORRECT, { id: responseId, theme: 'STAFF', present: true });
    expect(added.correctTheme.themes).toEqual(['PRICE', 'STAFF']);
    expect(added.correctTheme.themeCorrections).toEqual([
      expect.objectContaining({ theme: 'STAFF', present: true, by: 'admin' }),
    ]);
    const staffAfter = (await reported()).overall.themes.find((count) => count.theme === 'STAFF');
    expect(staffAfter?.detractors).toBe((staffBefore?.detractors ?? 0) + 1);
    const removed = await test.admin<Corrected>(CORRECT, { id: responseId, theme: 'PRICE', present: false });
    expect(removed.correctTheme.themes).toEqual(['STAFF']);
    expect(counts((await reported()).overall.themes)).toEqual(await recount());

    // An older lexicon's themes, then a reclassification: the person's word stands.
    await olderLexicon({ _id: responseId });
    await test.admin('mutation ($id: ID!) { reclassifyComments(surveyId: $id) { total } }', { id: surveyId });
    await reclassified(test);
    const stored = await test.db.connection.collection('responses').findOne({ _id: responseId as never });
    expect(stored?.['themes']).toEqual(['STAFF']);
    expect(counts((await reported()).overall.themes)).toEqual(await recount());

    // Given back to the classifier: its word again.
    const back = await test.admin<Corrected>(CORRECT, { id: responseId, theme: 'PRICE', present: null });
    expect(back.correctTheme.themes).toEqual(['PRICE', 'STAFF']);
    expect(back.correctTheme.themeCorrections.map((correction) => correction.theme)).toEqual(['STAFF']);
    test.app.services.aggregates.forget();
    expect(counts((await reported()).overall.themes)).toEqual(await recount());

    const other = await test.gql(
      CORRECT,
      { id: responseId, theme: 'OTHER', present: true },
      { token: ADMIN_TOKEN },
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'theme' });
    const silentId = randomUUID();
    await submit({ id: silentId, score: 9, language: 'en' });
    const silent = await test.db.connection.collection('responses').findOne({ clientResponseId: silentId });
    const noComment = await test.gql(
      CORRECT,
      { id: String(silent?._id), theme: 'STAFF', present: true },
      { token: ADMIN_TOKEN },
    );
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responseId' });
    const anonymous = await test.gql(CORRECT, { id: responseId, theme: 'STAFF', present: false });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('are counted after a crash from the comment changes that were made, and only those', async () => {
    const db = test.db.connection;
    const survey = new Types.ObjectId(surveyId);
    const slot = 41;
    const at = new Date();
    // Two answers whose comments a killed instance was changing: one change made, one never made.
    const made = { id: `${surveyId}:${randomUUID()}`, entry: randomUUID() };
    const lost = { id: `${surveyId}:${randomUUID()}`, entry: randomUUID() };
    const answer = (id: string, themes: string[], amends?: string[]) => ({
      _id: id,
      survey,
      clientResponseId: id.split(':')[1],
      score: 2,
      category: 'DETRACTOR',
      comment: themes.length ? 'Too expensive' : null,
      themes,
      ...(amends && { amends }),
      language: 'en',
      market: 'US',
      pageUrl: null,
      attributes: null,
      createdAt: at,
      followUp: null,
    });
    await db
      .collection('responses')
      .insertMany([answer(made.id, ['PRICE'], [made.entry]), answer(lost.id, [])] as never[]);
    // Their scores were counted by their batch; the comment changes never reached a delta.
    const base = deltaCells([answer(made.id, []), answer(lost.id, [])] as never);
    const priced = (id: string) =>
      deltaCells([answer(id, ['PRICE'])] as never, deltaCells([answer(id, [])] as never, [], -1));
    await db.collection('nps_daily').insertMany(
      base.map((cell) => ({
        _id: slotCellId(cell.id, slot),
        survey,
        day: cell.day,
        language: cell.language,
        market: cell.market,
        slot,
        v: 1,
        s2: 2,
      })) as never[],
    );
    await db.collection('ingest_journal').insertMany([
      { _id: made.entry, slot, amended: made.id, cells: priced(made.id), at },
      { _id: lost.entry, slot, amended: lost.id, cells: priced(lost.id), at },
    ] as never[]);
    await runOutLease(db, slot, 1);
    const truth = await recount();
    await expect
      .poll(
        async () => {
          test.app.services.aggregates.forget();
          return counts((await reported()).overall.themes);
        },
        { timeout: 10_000, interval: 250 },
      )
      .toEqual(truth);
    // The repair clears the journal entries it counted once their counts are written: just after, under load.
    await expect
      .poll(() => db.collection('ingest_journal').countDocuments({ slot }), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(0);
  });
});
