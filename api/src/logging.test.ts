import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from './http/server.ts';
import { createLog } from './logging.ts';
import { ADMIN_TOKEN, startTestApp } from './testing/app.ts';

/** Log lines a shipper can read: one JSON object per line, with the request's id when there is one. */
function capture() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  });
  return { log: createLog({ pretty: false, to: stream }), lines };
}

describe('the log', () => {
  it('writes one JSON object per line: time, level, message', () => {
    const { log, lines } = capture();
    log('started');
    expect(lines).toEqual([{ level: 30, time: expect.any(Number), msg: 'started' }]);
  });

  it("carries the request's id, taken from X-Request-Id or made, and sends it back", async () => {
    const { log, lines } = capture();
    const server = createHttpServer(
      {
        '/fails': async () => {
          throw new Error('boom');
        },
      },
      log,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const given = await fetch(`${url}/fails`, { headers: { 'x-request-id': 'lb-42' } });
      expect(given.status).toBe(500);
      expect(given.headers.get('x-request-id')).toBe('lb-42');
      // A failure is an error (pino's level 50), with the request's id.
      expect(lines.find((line) => String(line['msg']).startsWith('GET /fails failed'))).toMatchObject({
        requestId: 'lb-42',
        level: 50,
      });

      const made = await fetch(`${url}/fails`, { headers: { 'x-request-id': 'not an id; <script>' } });
      const id = made.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => lines.filter((line) => line['requestId'] === id).length).toBe(2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('writes one access line per request: method, path without its query, status, duration, operation, request id', async () => {
    const { log, lines } = capture();
    const test = await startTestApp('access_log', { log });
    try {
      await test.gql('query Everything { surveys { id } }', {}, { token: ADMIN_TOKEN });
      await fetch(`${test.url}/healthz?token=secret`, { headers: { 'x-request-id': 'probe-1' } });
      await expect
        .poll(() => lines.filter((line) => line['path']))
        .toEqual([
          expect.objectContaining({
            level: 30,
            method: 'POST',
            path: '/graphql',
            status: 200,
            ms: expect.any(Number),
            operation: 'query Everything',
            requestId: expect.any(String),
            msg: expect.stringMatching(/^POST \/graphql 200 \d+ ms query Everything$/),
          }),
          expect.objectContaining({ method: 'GET', path: '/healthz', status: 200, requestId: 'probe-1' }),
        ]);
      expect(JSON.stringify(lines)).not.toContain('secret');
    } finally {
      await test.close();
    }
  });
});
