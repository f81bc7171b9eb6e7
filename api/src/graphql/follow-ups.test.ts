import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDoc } from '../models/survey.model.ts';
import { createDemoSurvey, startTestApp, type TestApp } from '../testing/app.ts';

const QUEUE = /* GraphQL */ `
  query ($id: ID!) {
    followUpQueue(surveyId: $id) { dueAt secondsLeft overdue response { id score comment } }
  }
`;
const RECORD = /* GraphQL */ `
  mutation ($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) { id followUp { by note reasons at } }
  }
`;
const LIST = /* GraphQL */ `
  query ($id: ID!, $filter: ResponseFilter, $first: Int, $after: String) {
    responses(surveyId: $id, filter: $filter, first: $first, after: $after) {
      edges { node { id score language market category } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const HOUR = 3_600_000;

let test: TestApp;
let surveyId: string;
let survey: SurveyDoc;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await startTestApp('follow_ups');
  ({ id: surveyId } = await createDemoSurvey(test));
  survey = await test.app.services.surveys.get(surveyId);
  const now = Date.now();
  const answers: [string, number, number, string][] = [
    ['old detractor', 2, 30, 'el'],
    ['recent detractor', 5, 2, 'tr'],
    ['passive', 7, 10, 'el'],
    ['promoter', 10, 5, 'ro'],
  ];
  for (const [name, score, hoursAgo, language] of answers) {
    const { response } = await test.app.services.submissions.submit(
      { siteKey: survey.siteKey, clientResponseId: randomUUID(), score, language, comment: name },
      survey,
      new Date(now - hoursAgo * HOUR),
    );
    ids[name] = response._id;
  }
});
afterAll(() => test.close());

describe('the detractor follow-up queue', () => {
  it('lists detractors not followed up, oldest first, with the time left to the 24-hour target', async () => {
    const { followUpQueue } = await test.admin<{
      followUpQueue: { secondsLeft: number; overdue: boolean; response: { id: string } }[];
    }>(QUEUE, { id: surveyId });
    expect(followUpQueue.map((task) => task.response.id)).toEqual([
      ids['old detractor'],
      ids['recent detractor'],
    ]);
    expect(followUpQueue[0]).toMatchObject({ overdue: true });
    expect(followUpQueue[0]?.secondsLeft).toBeCloseTo(-6 * 3600, -2);
    expect(followUpQueue[1]).toMatchObject({ overdue: false });
    expect(followUpQueue[1]?.secondsLeft).toBeCloseTo(22 * 3600, -2);
  });

  it('records a follow-up once, with reasons, and takes the response off the queue', async () => {
    const input = {
      responseId: ids['old detractor'],
      by: 'ayse@kafe.example',
      note: 'Refunded.',
      reasons: ['PRICE', 'DELIVERY'],
    };
    const { recordFollowUp } = await test.admin<{ recordFollowUp: { followUp: Record<string, unknown> } }>(
      RECORD,
      {
        input,
      },
    );
    expect(recordFollowUp.followUp).toMatchObject({ by: input.by, note: input.note, reasons: input.reasons });
    const { followUpQueue } = await test.admin<{ followUpQueue: { response: { id: string } }[] }>(QUEUE, {
      id: surveyId,
    });
    expect(followUpQueue.map((task) => task.response.id)).toEqual([ids['recent detractor']]);

    const again = await test.gql(RECORD, { input }, { token: 'test-admin-token-0123456789abcdefghij' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responseId' });
  });

  it('counts the reasons named in the follow-ups of a period, most named first', async () => {
    const REASONS =
      'query ($id: ID!, $from: DateTime, $to: DateTime) { followUpReasons(surveyId: $id, from: $from, to: $to) { reason count } }';
    await test.admin(RECORD, {
      input: { responseId: ids['recent detractor'], by: 'ayse@kafe.example', reasons: ['DELIVERY'] },
    });
    type Counts = { followUpReasons: { reason: string; count: number }[] };
    const all = await test.admin<Counts>(REASONS, { id: surveyId });
    expect(all.followUpReasons).toEqual([
      { reason: 'DELIVERY', count: 2 },
      { reason: 'PRICE', count: 1 },
    ]);
    const later = await test.admin<Counts>(REASONS, { id: surveyId, from: new Date(Date.now() + HOUR) });
    expect(later.followUpReasons).toEqual([]);
  });

  it('refuses a follow-up without a reason, or for an unknown response', async () => {
    const admin = { token: 'test-admin-token-0123456789abcdefghij' };
    const none = await test.gql(
      RECORD,
      { input: { responseId: ids['passive'], by: 'x', reasons: [] } },
      admin,
    );
    expect(none.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await test.gql(
      RECORD,
      { input: { responseId: 'nope', by: 'x', reasons: ['OTHER'] } },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('the responses listing', () => {
  it('pages newest first with a cursor, and filters', async () => {
    type Page = {
      responses: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await test.admin<Page>(LIST, { id: surveyId, first: 3 });
    const second = await test.admin<Page>(LIST, {
      id: surveyId,
      first: 3,
      after: first.responses.pageInfo.endCursor,
    });
    expect(first.responses.edges.map((e) => e.node.id)).toEqual([
      ids['recent detractor'],
      ids['promoter'],
      ids['passive'],
    ]);
    expect(first.responses.pageInfo.hasNextPage).toBe(true);
    expect(second.responses.edges.map((e) => e.node.id)).toEqual([ids['old detractor']]);
    expect(second.responses.pageInfo.hasNextPage).toBe(false);

    const greek = await test.admin<Page>(LIST, {
      id: surveyId,
      filter: { languages: ['el'], categories: ['PASSIVE'] },
    });
    expect(greek.responses.edges.map((e) => e.node.id)).toEqual([ids['passive']]);
  });

  it('refuses a page size over 100 and a forged cursor', async () => {
    const admin = { token: 'test-admin-token-0123456789abcdefghij' };
    expect((await test.gql(LIST, { id: surveyId, first: 101 }, admin)).errors?.[0]?.extensions.field).toBe(
      'first',
    );
    expect(
      (await test.gql(LIST, { id: surveyId, after: 'forged' }, admin)).errors?.[0]?.extensions.field,
    ).toBe('after');
  });
});

describe('recording a follow-up on two instances at once', () => {
  it('keeps exactly one, whichever instance each request reached', async () => {
    const other = await startTestApp('follow_ups', {}, test.db);
    try {
      for (let round = 0; round < 5; round++) {
        const { response } = await test.app.services.submissions.submit(
          { siteKey: survey.siteKey, clientResponseId: randomUUID(), score: 1, language: 'el' },
          survey,
        );
        const results = await Promise.all(
          [test, other, test, other].map((app, i) =>
            app.gql<{ recordFollowUp: { followUp: { by: string } } }>(
              RECORD,
              { input: { responseId: response._id, by: `agent ${i}`, reasons: ['PRICE'] } },
              { token: 'test-admin-token-0123456789abcdefghij' },
            ),
          ),
        );
        const won = results.filter((r) => r.data?.recordFollowUp);
        expect(won).toHaveLength(1);
        expect(results.filter((r) => r.errors?.[0]?.extensions.code === 'BAD_USER_INPUT')).toHaveLength(3);
        const stored = await test.app.services.responses.get(response._id);
        expect(stored.followUp?.by).toBe(won[0]?.data?.recordFollowUp.followUp.by);
      }
    } finally {
      await other.close(true);
    }
  });
});
