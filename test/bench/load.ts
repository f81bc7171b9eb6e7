import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { readLabelled } from '../../api/src/themes/accuracy.ts';

/**
 * The load generator, run in a process of its own so that it does not share the API's CPU budget accounting:
 * `connections` widgets submitting answers over HTTP for `seconds`, each a fresh `clientResponseId`, spread evenly
 * over the API instances at `urls` (comma-separated), as fast as they are answered or, with `rate`, that many per
 * second in all (latency then counts from when each request was due, so a queue shows). With `comments`, one answer
 * in three has a comment from the labelled sets in its language: `inline`, sent with the score in one submit (as the
 * widget sends one written within two minutes, and the hosted page and an email's links send theirs); `follow-up`,
 * one written after its score was sent, a second submit of the same answer once the first is acknowledged. Prints
 * one JSON line: requests, answers acknowledged (a 200 carrying `submitResponse`; a follow-up's is counted apart),
 * failures, answers per second, latency (of the slowest instance, when several), and the CPU this process spent
 * while loading, in ms (it shares the machine's cores with the API and the database, so what it spends is theirs to
 * lose).
 */
const [urls = '', siteKey = '', origin = '', connections = '50', seconds = '10', rate = '', comments = ''] =
  process.argv.slice(2);
const targets = urls.split(',');
const MUTATION =
  'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { duplicate response { id } } }';
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
let followUpsAcked = 0;
let refused = 0;
let sent = 0;
/** Follow-up comments by answer id, waiting for their score's acknowledgement; then those ready to send. */
const awaitingScore = new Map<string, object>();
const followUps: object[] = [];

function nextAnswer(): object {
  const [language, market] = LANGUAGES[sent++ % LANGUAGES.length] ?? LANGUAGES[0];
  const own = COMMENTS.get(language) ?? [];
  const comment = comments && sent % 3 === 0 ? own[sent % own.length] : undefined;
  const input = { siteKey, clientResponseId: randomUUID(), score: sent % 11, language, market };
  if (comment === undefined) return input;
  if (comments === 'inline') return { ...input, comment };
  awaitingScore.set(input.clientResponseId, { ...input, comment });
  return input;
}

function acknowledged(body: string): void {
  const { data } = JSON.parse(body) as {
    data: { submitResponse: { duplicate: boolean; response: { id: string } } };
  };
  const { duplicate, response } = data.submitResponse;
  if (duplicate) {
    followUpsAcked++;
    return;
  }
  acked++;
  const clientResponseId = response.id.slice(response.id.indexOf(':') + 1);
  const followUp = awaitingScore.get(clientResponseId);
  if (followUp) {
    awaitingScore.delete(clientResponseId);
    followUps.push(followUp);
  }
}
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
            const input = followUps.shift() ?? nextAnswer();
            return { ...request, body: JSON.stringify({ query: MUTATION, variables: { input } }) };
          },
          onResponse: (status, body) => {
            if (status === 200 && body.includes('"submitResponse"') && !body.includes('"errors"'))
              acknowledged(body);
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
    followUpsAcked,
    refused,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    perSecond: acked / Number(seconds),
    p50: slowest((r) => r.latency.p50),
    p99: slowest((r) => r.latency.p99),
    cpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
