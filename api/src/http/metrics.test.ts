import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createDemoSurvey, ORIGIN, SUBMIT, startTestApp, type TestApp } from '../testing/app.ts';

/** `/metrics`: Prometheus' format, the admin's alone, and figures that move with the traffic. */
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp('metrics');
});
afterAll(() => test.close());

const scrape = async () => {
  const response = await fetch(`${test.url}/metrics`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.text();
};

/** The value of one sample (`name{labels} value`) in the text format, 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('/metrics', () => {
  it('is refused without the admin token', async () => {
    expect((await fetch(`${test.url}/metrics`)).status).toBe(401);
  });

  it('counts answers stored, duplicate and refused, submit and report latency, batches and the cache', async () => {
    const { id, siteKey } = await createDemoSurvey(test);
    const before = await scrape();
    const clientResponseId = randomUUID();
    const answer = { siteKey, clientResponseId, score: 9, language: 'el', market: 'GR' };
    await test.gql(SUBMIT, { input: answer }, { origin: ORIGIN });
    await test.gql(SUBMIT, { input: answer }, { origin: ORIGIN });
    await test.gql(
      SUBMIT,
      { input: { ...answer, clientResponseId: randomUUID(), market: 'XX' } },
      { origin: ORIGIN },
    );
    await test.gql(
      'query ($id: ID!) { nps(surveyId: $id, groupBy: [LANGUAGE]) { overall { nps } } }',
      { id },
      {
        token: ADMIN_TOKEN,
      },
    );
    const after = await scrape();
    const moved = (name: string, labels = '') => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('nps_answers_total', 'outcome="stored",reason=""')).toBe(1);
    expect(moved('nps_answers_total', 'outcome="duplicate",reason=""')).toBe(1);
    expect(moved('nps_answers_total', 'outcome="refused",reason="BAD_USER_INPUT"')).toBe(1);
    expect(moved('nps_submit_duration_seconds_count')).toBe(3);
    expect(moved('nps_report_duration_seconds_count', 'group_by="LANGUAGE",bucket="none"')).toBe(1);
    expect(moved('nps_ingest_batch_size_count')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'nps_cache_size', 'unit="surveys"')).toBeGreaterThanOrEqual(1);
    expect(moved('nps_cache_lookups_total', 'result="miss"')).toBe(1);
    expect(after).toMatch(/^nps_process_cpu_seconds_total \d/m);
    expect(after).toMatch(/^nps_embedded_database_restarts 0$/m);
    expect(after).toMatch(/^# TYPE nps_answers_total counter$/m);
  });
});
