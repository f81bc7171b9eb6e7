import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, startTestApp, type TestApp } from '../testing/app.ts';
import { recountNps, reportedCounts } from '../testing/recount.ts';

/** Past answers from another tool's export: every row checked first, stored once, counted exactly. */
let test: TestApp;
let dir: string;

const IMPORT = /* GraphQL */ `
  mutation ($id: ID!, $csv: String!) { importResponses(surveyId: $id, csv: $csv) { rows stored duplicates } }
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

describe('importResponses', () => {
  it("reads Delighted's export, stores it once however often it is imported, and counts it exactly", async () => {
    const { id } = await createDemoSurvey(test, { languages: ['en'], markets: [] });
    const first = await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(first.data?.['importResponses']).toEqual({ rows: 3, stored: 3, duplicates: 0 });
    const again = await test.gql(IMPORT, { id, csv: DELIGHTED }, { token: ADMIN_TOKEN });
    expect(again.data?.['importResponses']).toEqual({ rows: 3, stored: 0, duplicates: 3 });
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
    expect(result.data?.['importResponses']).toEqual({ rows: 2, stored: 2, duplicates: 0 });
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
