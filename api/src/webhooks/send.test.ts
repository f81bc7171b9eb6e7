import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedLookup, UnsafeAddressError } from './address-guard.ts';
import { checkWebhookUrl, sendWebhook } from './send.ts';

const servers: Server[] = [];

/** A receiver on loopback: the only address these tests ever connect to. */
async function receiver(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

const DEV = { allowPrivate: true };

describe('sending a webhook', () => {
  it('posts the body with its headers, and reads the status and the start of the answer', async () => {
    let received = '';
    const { url } = await receiver((req, res) => {
      req.on('data', (chunk) => {
        received += chunk;
      });
      req.on('end', () => res.writeHead(204).end());
    });
    const sent = await sendWebhook(`${url}/hook`, '{"a":1}', { 'webhook-id': 'msg_1' }, DEV);
    expect(sent.status).toBe(204);
    expect(received).toBe('{"a":1}');
  });

  it('reaches no loopback receiver without the development setting: refused before connecting', async () => {
    const { url, requests } = await receiver((_req, res) => res.writeHead(200).end());
    const https = url.replace('http:', 'https:');
    await expect(sendWebhook(https, '{}', {}, { allowPrivate: false })).rejects.toBeInstanceOf(
      UnsafeAddressError,
    );
    await expect(sendWebhook(url, '{}', {}, { allowPrivate: false })).rejects.toBeInstanceOf(
      UnsafeAddressError,
    );
    expect(requests).toEqual([]);
    for (const refused of [
      'https://localhost/hook',
      'https://localhost./hook',
      'https://LOCALHOST../hook',
      'https://api.localhost./hook',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://user:secret@hooks.example/',
      'ftp://hooks.example/',
      'not a url',
    ]) {
      expect(() => checkWebhookUrl(refused, { allowPrivate: false }), refused).toThrow(UnsafeAddressError);
    }
    expect(checkWebhookUrl('https://hooks.slack.com/services/T/B/X', { allowPrivate: false }).hostname).toBe(
      'hooks.slack.com',
    );
  });

  it('opens loopback alone with the development setting: private, link-local and metadata addresses stay refused', async () => {
    for (const allowed of [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'https://127.0.0.2/',
    ]) {
      expect(checkWebhookUrl(allowed, DEV).href, allowed).toBe(new URL(allowed).href);
    }
    for (const refused of [
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1/hook',
      'http://192.168.1.1/hook',
      'http://172.16.0.1/hook',
      'http://[fe80::1]/hook',
      'http://[fd00::1]/hook',
      'http://100.64.0.1/hook',
      'http://0.0.0.0/hook',
    ]) {
      expect(() => checkWebhookUrl(refused, DEV), refused).toThrow(UnsafeAddressError);
    }
    // A name that resolves to a private address is refused at connection time, with the setting too.
    const privateName = guardedLookup(
      (_host, _options, callback) => callback(null, [{ address: '169.254.169.254', family: 4 }]),
      { loopback: true },
    );
    await expect(
      sendWebhook('http://metadata.example/hook', '{}', {}, { ...DEV, lookup: privateName }),
    ).rejects.toBeInstanceOf(UnsafeAddressError);
  });

  it('does not follow a redirect: the 3xx is the answer', async () => {
    const elsewhere = await receiver((_req, res) => res.writeHead(200).end());
    const { url } = await receiver((_req, res) =>
      res.writeHead(302, { location: `${elsewhere.url}/x` }).end(),
    );
    const sent = await sendWebhook(url, '{}', {}, DEV);
    expect(sent.status).toBe(302);
    expect(elsewhere.requests).toEqual([]);
  });

  it('gives up on a receiver that never answers, at the timeout', async () => {
    const { url } = await receiver(() => {});
    const started = performance.now();
    await expect(sendWebhook(url, '{}', {}, { ...DEV, timeoutMs: 300 })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads a few kilobytes of a 100 MB answer and closes the connection', async () => {
    let written = 0;
    const { url } = await receiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (written < 100 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {
        written = Math.min(written, 100 * 1024 * 1024);
      });
      pump();
    });
    const sent = await sendWebhook(url, '{}', {}, { ...DEV, maxResponseBytes: 4_096 });
    expect(sent.status).toBe(200);
    expect(sent.body).toHaveLength(4_096);
    // Far from all of it was sent before the connection closed.
    await new Promise((done) => setTimeout(done, 100));
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });
});
