import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Admin, subscribedSurvey } from './admin.ts';
import { runScript } from './child.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A receiver on loopback that answers `status` and notes when each answer's event arrived, by answer id. */
export async function startReceiver(status = 200) {
  const arrived = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const id = (JSON.parse(body) as { data?: { response?: { id?: string } } }).data?.response?.id;
      if (id) arrived.set(id, performance.now());
      res.writeHead(status).end();
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

/** Answers offered in the background while latency is measured under load: at `rate` per second for `seconds`. */
export interface Background {
  readonly urls: readonly string[];
  readonly rate: number;
  readonly seconds: number;
}

/**
 * Event-to-delivery latency: `count` answers sent one at a time (a visitor now and then), each timed from its
 * acknowledgement to its event's arrival at a receiver on loopback. With `load`, another subscribed survey gets
 * answers at a fixed rate meanwhile (from a second process), whose events go to the same receiver.
 */
export async function deliveryLatency(admin: Admin, receiver: Receiver, count: number, load?: Background) {
  const origin = 'https://bench.example';
  const survey = await subscribedSurvey(admin, origin, receiver.url);
  const background = load
    ? (async () => {
        const busy = await subscribedSurvey(admin, origin, receiver.url);
        return runScript('load.ts', [
          load.urls.join(','),
          busy.siteKey,
          origin,
          '32',
          String(load.seconds),
          String(load.rate),
        ]);
      })()
    : undefined;
  // The load under way first.
  if (load) await new Promise((done) => setTimeout(done, 1_000));
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
  const arrived = () => [...acknowledged.keys()].filter((id) => receiver.arrived.has(id)).length;
  while (arrived() < count && performance.now() < until) await new Promise((done) => setTimeout(done, 100));
  const offered = background ? await background : undefined;
  const latencies = [...acknowledged]
    .map(([id, at]) => (receiver.arrived.get(id) ?? Number.NaN) - at)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return {
    api: load
      ? `loaded: ${load.rate} answers/s offered (${Math.round(offered?.['perSecond'] ?? 0)}/s answered)`
      : 'idle',
    events: count,
    delivered: latencies.length,
    'p50 ms': Math.round(percentile(latencies, 0.5)),
    'p95 ms': Math.round(percentile(latencies, 0.95)),
    'max ms': Math.round(latencies.at(-1) ?? Number.NaN),
  };
}
