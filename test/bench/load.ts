import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

/**
 * The load generator, run in a process of its own so that it does not share the API's CPU budget accounting:
 * `connections` widgets submitting answers over HTTP for `seconds`, each a fresh `clientResponseId`. Prints one
 * JSON line: requests, answers acknowledged (a 200 carrying `submitResponse`), failures, latency and rate.
 */
const [url = '', siteKey = '', origin = '', connections = '50', seconds = '10'] = process.argv.slice(2);
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

let acked = 0;
let refused = 0;
let sent = 0;
const result = await autocannon({
  url: `${url}/graphql`,
  connections: Number(connections),
  duration: Number(seconds),
  method: 'POST',
  headers: { 'content-type': 'application/json', origin },
  requests: [
    {
      setupRequest: (request) => {
        const [language, market] = LANGUAGES[sent++ % LANGUAGES.length] ?? LANGUAGES[0];
        const input = { siteKey, clientResponseId: randomUUID(), score: sent % 11, language, market };
        return { ...request, body: JSON.stringify({ query: MUTATION, variables: { input } }) };
      },
      onResponse: (status, body) => {
        if (status === 200 && body.includes('"submitResponse"') && !body.includes('"errors"')) acked++;
        else refused++;
      },
    },
  ],
});
console.info(
  JSON.stringify({
    requests: result.requests.total,
    acked,
    refused,
    errors: result.errors,
    timeouts: result.timeouts,
    perSecond: acked / Number(seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  }),
);
