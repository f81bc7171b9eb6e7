import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_COMMENT } from '../models/response.model.ts';
import { ADMIN_TOKEN, createDemoSurvey, startTestApp, type TestApp } from '../testing/app.ts';
import { recountNps, reportedCounts } from '../testing/recount.ts';

/** Past answers from another tool's export: every row checked first, stored once, counted exactly. */
let test: TestApp;
let dir: string;

const IMPORT = /* GraphQL */ `
  mutation ($id: ID!, $csv: String!) { importResponses(surveyId: $id, csv: $csv) { rows stored duplicates erased } }
`;

beforeAll(async () => {
  test = await startTestApp('history');
  dir = await mkdtemp(join(tmpdir(), 'nps-history-'));
});
afterAll(async () => {
  await test.close();
  await rm(dir, { recursive: true, force: true });
});

const DELIGHTED = `Response ID,Email,Name,Score,Comment,Created At,Plan
9001,ana@example.com,Ana,10,"Fast, friendly",2026-09-01 10:00:00,pro
9002,bo@example.com,Bo,3,Late again,2026-09-02 11:30:00,free
9003,cy@example.com,Cy,8,,2026-09-03 09:15:00,pro
`;

const FORMBRICKS = `Response ID,Timestamp,Finished,User ID,How likely are you to recommend Aegean Roasters to a friend?,What is the main reason for your score?,Language
fb-1,2026-10-01T08:00:00.000Z,true,u-1,9,Great beans,el
fb-2,2026-10-02T08:00:00.000Z,true,u-2,6,Πολύ ακριβό,el
`;

/** Every answer of every survey, as stored. */
const dump = () => test.db.connection.collection('responses').find({}).sort({ _id: 1 }).toArray();

describe('importResponses', () => {
  it("reads Delighted's export, stores it once however often it is imported, and counts it exactly", async () => {
    const { id } = await createDemoSurvey(test, { languages: ['en'], markets: [] });
    const first = await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(first.data?.['importResponses']).toEqual({ rows: 3, stored: 3, duplicates: 0, erased: 0 });
    const again = await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(again.data?.['importResponses']).toEqual({ rows: 3, stored: 0, duplicates: 3, erased: 0 });
    await expect
      .poll(() => reportedCounts(test, id), { timeout: 5_000 })
      .toEqual(await recountNps(test.db.connection, id, ['LANGUAGE', 'MARKET'], 'DAY'));
    const ana = await test.db.connection
      .collection('responses')
      .findOne({ 'attributes.customerId': 'ana@example.com' });
    expect(ana).toMatchObject({
      score: 10,
      comment: 'Fast, friendly',
      language: 'en',
      attributes: { customerId: 'ana@example.com', Name: 'Ana', Plan: 'pro' },
      createdAt: new Date('2026-09-01T10:00:00Z'),
    });
  });

  it("reads Formbricks' export, its questions found by what they ask", async () => {
    const { id } = await createDemoSurvey(test);
    const result = await test.gql(IMPORT, { id, csv: FORMBRICKS }, { token: ADMIN_TOKEN });
    expect(result.data?.['importResponses']).toEqual({ rows: 2, stored: 2, duplicates: 0, erased: 0 });
    const docs = await test.db.connection
      .collection('responses')
      .find({ 'attributes.customerId': { $in: ['u-1', 'u-2'] } })
      .toArray();
    expect(docs.map((d) => [d['score'], d['comment'], d['language']]).sort()).toEqual([
      [6, 'Πολύ ακριβό', 'el'],
      [9, 'Great beans', 'el'],
    ]);
  });

  it('stores nothing from a file with bad rows, and names each bad line', async () => {
    const { id } = await createDemoSurvey(test);
    const csv =
      'date,score,comment,language,market\n2026-09-01,9,ok,en,US\n2026-09-02,11,too high,en,US\nyesterday,5,,en,US\n2026-09-03,7,,fr,US\n';
    const result = await test.gql(IMPORT, { id, csv }, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const message = result.errors?.[0]?.message ?? '';
    expect(message).toContain('3 bad row(s), nothing imported');
    expect(message).toMatch(/line 3: score "11"/);
    expect(message).toMatch(/line 4: date "yesterday"/);
    expect(message).toMatch(/line 5: language "fr"/);
    expect((await reportedCounts(test, id)).overall.responses).toBe(0);
    const noScore = await test.gql(
      IMPORT,
      { id, csv: 'date,comment\n2026-09-01,hi\n' },
      { token: ADMIN_TOKEN },
    );
    expect(noScore.errors?.[0]?.message).toContain('no score column');
  });

  it('checks every rule of the model before storing anything: a comment too long leaves the database as it was', async () => {
    const { id } = await createDemoSurvey(test);
    const before = await dump();
    const csv = `date,score,comment,language\n2026-09-01,9,fine,en\n2026-09-02,3,${'x'.repeat(2_500)},en\n2026-09-03,7,ok,en\n`;
    const result = await test.gql(IMPORT, { id, csv }, { token: ADMIN_TOKEN });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(`^1 bad row\\(s\\), nothing imported:\\nline 3: comment .*${MAX_COMMENT}`),
    );
    expect(await dump()).toEqual(before);
    expect((await reportedCounts(test, id)).overall.responses).toBe(0);
  });

  it('accepts exactly what the model accepts: a row it read and checked is always stored (property)', async () => {
    const { id } = await createDemoSurvey(test);
    const survey = await test.app.services.surveys.get(id);
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer({ min: MAX_COMMENT - 3, max: MAX_COMMENT + 3 }).map((n) => 'é'.repeat(n)),
      fc.constantFrom('<b>bold</b>', '\u0000\u0007', ' '.repeat(MAX_COMMENT + 5), 'a\r\nb', '"quoted, text"'),
    );
    const row = fc.record({ score: fc.integer({ min: 0, max: 10 }), comment: text, plan: text });
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 3 }), async (rows) => {
        const csv = `date,score,comment,Plan\n${rows
          .map((r, i) => `2026-09-0${i + 1},${r.score},${quote(r.comment)},${quote(r.plan)}`)
          .join('\n')}\n`;
        let read: Awaited<ReturnType<typeof test.app.services.history.read>>;
        try {
          read = await test.app.services.history.read(csv, survey);
        } catch (error) {
          expect((error as Error).message).toMatch(/nothing imported:\nline \d+: /);
          return;
        }
        await expect(test.app.services.history.store(read, survey)).resolves.toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('takes the channel of our own export, and refuses one it does not know, by line', async () => {
    const { id } = await createDemoSurvey(test, { languages: ['en'], markets: [] });
    const csv = 'date,score,channel\n2026-11-01,9,EMAIL\n2026-11-02,3,link\n2026-11-03,7,\n';
    expect(
      (await test.gql(IMPORT, { id, csv: `${csv}2026-11-04,5,fax\n` }, { token: ADMIN_TOKEN })).errors?.[0]
        ?.message,
    ).toMatch(/line 5: channel "fax" is not one of WIDGET, EMAIL, LINK/);
    expect(
      (await test.gql(IMPORT, { id, csv }, { token: ADMIN_TOKEN })).data?.['importResponses'],
    ).toMatchObject({
      stored: 3,
    });
    const stored = await test.db.connection
      .collection('responses')
      .find({ survey: new Types.ObjectId(id) })
      .sort({ createdAt: 1 })
      .toArray();
    expect(stored.map((answer) => answer['channel'])).toEqual(['EMAIL', 'LINK', 'WIDGET']);
    await expect
      .poll(() => reportedCounts(test, id), { timeout: 5_000 })
      .toEqual(await recountNps(test.db.connection, id, ['LANGUAGE', 'MARKET'], 'DAY'));
  });

  it('never brings back what retention or erasure removed, when the same export is imported again', async () => {
    const { id } = await createDemoSurvey(test, { languages: ['en'], markets: [], retentionDays: 30 });
    await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    // The answers of September are past the 30 days by December: their comments and customer ids go.
    await test.app.services.retention.purge({ now: Date.parse('2026-12-01T00:00:00Z') });
    const purged = await test.db.connection
      .collection('responses')
      .find({ survey: new Types.ObjectId(id) })
      .toArray();
    expect(purged.map((r) => [r['comment'], r['attributes']])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    const before = await dump();
    const again = await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(again.data?.['importResponses']).toEqual({ rows: 3, stored: 0, duplicates: 3, erased: 0 });
    expect(await dump()).toEqual(before);

    const fresh = await createDemoSurvey(test, { languages: ['en'], markets: [] });
    await test.gql(IMPORT, { id: fresh.id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    await test.admin(`mutation ($c: String!) { eraseRespondent(customerId: $c) { responses } }`, {
      c: 'bo@example.com',
    });
    const third = await test.gql(IMPORT, { id: fresh.id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(third.data?.['importResponses']).toEqual({ rows: 3, stored: 0, duplicates: 2, erased: 1 });
    expect(
      await test.db.connection
        .collection('responses')
        .countDocuments({ 'attributes.customerId': 'bo@example.com' }),
    ).toBe(0);
  });

  it('is for the admin alone', async () => {
    const { id } = await createDemoSurvey(test);
    const result = await test.gql(IMPORT, { id, csv: DELIGHTED });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('pnpm import:responses', () => {
  it('imports a file as one more instance beside the running API, with progress, and counts it exactly', async () => {
    const { id } = await createDemoSurvey(test);
    const rows = Array.from(
      { length: 1_200 },
      (_, i) =>
        `2026-08-${String((i % 28) + 1).padStart(2, '0')},${i % 11},,${i % 2 ? 'el' : 'tr'},${i % 2 ? 'CY' : 'TR'},c-${i}`,
    );
    const file = join(dir, 'history.csv');
    await writeFile(file, `date,score,comment,language,market,customer id\n${rows.join('\n')}\n`);
    const run = () =>
      promisify(execFile)(
        process.execPath,
        [resolve(import.meta.dirname, '../tools/import-responses.ts'), file, '--survey', id],
        {
          env: {
            ...process.env,
            MONGODB_URI: inject('mongodbUri'),
            MONGODB_DATABASE: test.db.connection.name,
          },
        },
      );
    const { stdout } = await run();
    expect(stdout).toContain('1200 row(s) read and checked');
    expect(stdout).toContain('1000 / 1200');
    expect(stdout).toContain('1200 answer(s) stored, 0 already there');
    expect((await run()).stdout).toContain('0 answer(s) stored, 1200 already there');
    await expect
      .poll(() => reportedCounts(test, id), { timeout: 5_000 })
      .toEqual(await recountNps(test.db.connection, id, ['LANGUAGE', 'MARKET'], 'DAY'));
    expect((await reportedCounts(test, id)).overall.responses).toBe(1_200);
  }, 90_000);
});
