import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Admin, adminGraphql, createBenchSurvey } from './ingest.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

/** A receiver on loopback that answers 200 and notes when each answer's event arrived, by answer id. */
export async function startReceiver() {
  const arrived = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const id = (JSON.parse(body) as { data?: { response?: { id?: string } } }).data?.response?.id;
      if (id) arrived.set(id, performance.now());
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrived,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A survey with one JSON subscription to `url`, for `response.created`. */
export async function subscribedSurvey(admin: Admin, origin: string, url: string) {
  const survey = await createBenchSurvey(admin, origin);
  await adminGraphql(
    admin,
    'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
    {
      input: { surveyId: survey.id, url, events: ['RESPONSE_CREATED'] },
    },
  );
  return survey;
}

/**
 * Event-to-delivery latency: `count` answers sent one at a time (a visitor now and then), each timed from its
 * acknowledgement to its event's arrival at a receiver on loopback. The worker looks for due deliveries every second,
 * so the wait is mostly that.
 */
export async function deliveryLatency(admin: Admin, count: number) {
  const origin = 'https://bench.example';
  const receiver = await startReceiver();
  try {
    const survey = await subscribedSurvey(admin, origin, receiver.url);
    const acknowledged = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const clientResponseId = randomUUID();
      const response = await fetch(`${admin.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({
          query:
            'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { response { id } } }',
          variables: {
            input: { siteKey: survey.siteKey, clientResponseId, score: i % 11, language: 'en', market: 'US' },
          },
        }),
      });
      const { data } = (await response.json()) as { data: { submitResponse: { response: { id: string } } } };
      acknowledged.set(data.submitResponse.response.id, performance.now());
      await new Promise((done) => setTimeout(done, 100));
    }
    const until = performance.now() + 30_000;
    while (receiver.arrived.size < count && performance.now() < until)
      await new Promise((done) => setTimeout(done, 100));
    const latencies = [...acknowledged]
      .map(([id, at]) => (receiver.arrived.get(id) ?? Number.NaN) - at)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    return {
      events: count,
      delivered: latencies.length,
      'p50 ms': Math.round(percentile(latencies, 0.5)),
      'p95 ms': Math.round(percentile(latencies, 0.95)),
    };
  } finally {
    receiver.close();
  }
}
