import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { readLabelled } from '../../api/src/themes/accuracy.ts';

/**
 * The load generator, run in a process of its own so that it does not share the API's CPU budget accounting:
 * `connections` widgets submitting answers over HTTP for `seconds`, each a fresh `clientResponseId`, spread evenly
 * over the API instances at `urls` (comma-separated), as fast as they are answered or, with `rate`, that many per
 * second in all (latency then counts from when each request was due, so a queue shows); with `comments`, one answer
 * in three carries a comment from the labelled sets in its language. Prints one JSON line:
 * requests, answers acknowledged (a 200 carrying `submitResponse`), failures, rate, latency (of the slowest
 * instance, when several), and the CPU this process spent while loading, in ms (it shares the machine's cores with
 * the API and the database, so what it spends is theirs to lose).
 */
const [urls = '', siteKey = '', origin = '', connections = '50', seconds = '10', rate = '', comments = ''] =
  process.argv.slice(2);
const targets = urls.split(',');
const MUTATION = 'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { duplicate } }';
const LANGUAGES = [
  ['en', 'US'],
  ['id', 'ID'],
  ['mk', 'MK'],
  ['ro', 'RO'],
  ['el', 'GR'],
  ['el', 'CY'],
  ['tr', 'TR'],
] as const;

const COMMENTS = new Map(
  LANGUAGES.map(([language]) => [language, readLabelled(language).map((row) => row.comment)]),
);

let acked = 0;
let refused = 0;
let sent = 0;
const cpuBefore = process.cpuUsage();
const results = await Promise.all(
  targets.map((url) =>
    autocannon({
      url: `${url}/graphql`,
      connections: Math.max(1, Math.round(Number(connections) / targets.length)),
      duration: Number(seconds),
      ...(rate && { overallRate: Number(rate) / targets.length }),
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      requests: [
        {
          setupRequest: (request) => {
            const [language, market] = LANGUAGES[sent++ % LANGUAGES.length] ?? LANGUAGES[0];
            const own = COMMENTS.get(language) ?? [];
            const comment = comments && sent % 3 === 0 ? own[sent % own.length] : undefined;
            const input = {
              siteKey,
              clientResponseId: randomUUID(),
              score: sent % 11,
              language,
              market,
              comment,
            };
            return { ...request, body: JSON.stringify({ query: MUTATION, variables: { input } }) };
          },
          onResponse: (status, body) => {
            if (status === 200 && body.includes('"submitResponse"') && !body.includes('"errors"')) acked++;
            else refused++;
          },
        },
      ],
    }),
  ),
);
const cpu = process.cpuUsage(cpuBefore);
const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
const slowest = (pick: (r: autocannon.Result) => number) => Math.max(...results.map(pick));
console.info(
  JSON.stringify({
    requests: sum((r) => r.requests.total),
    acked,
    refused,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    perSecond: acked / Number(seconds),
    p50: slowest((r) => r.latency.p50),
    p99: slowest((r) => r.latency.p99),
    cpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
