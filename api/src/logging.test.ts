import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from './http/server.ts';
import { createLog } from './logging.ts';

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
      expect(lines.at(-1)).toMatchObject({
        requestId: 'lb-42',
        msg: expect.stringContaining('GET /fails failed'),
      });

      const made = await fetch(`${url}/fails`, { headers: { 'x-request-id': 'not an id; <script>' } });
      const id = made.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.at(-1)).toMatchObject({ requestId: id });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
