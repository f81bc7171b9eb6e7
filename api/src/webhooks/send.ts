import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isPublicAddress, UnsafeAddressError } from './address-guard.ts';

export interface SendOptions {
  /**
   * Development only (`NPS_WEBHOOKS_ALLOW_PRIVATE=1`): plain http, and this host's loopback addresses, are allowed
   * (the tests' receivers are on loopback); every other private, link-local or reserved address stays refused. Off,
   * only https to public addresses.
   */
  readonly allowPrivate: boolean;
  /** The whole exchange, connecting included. */
  readonly timeoutMs?: number;
  /** Of the receiver's body, the most read (the rest is dropped and the connection closed). */
  readonly maxResponseBytes?: number;
  /** The resolver to check names with (tests); the system's by default. */
  readonly lookup?: ReturnType<typeof guardedLookup>;
}

export interface Sent {
  readonly status: number;
  /** At most `maxResponseBytes` of it, for the delivery log; never logged whole. */
  readonly body: string;
}

const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4_096;

/** Whether `url` is one webhooks may be sent to, before resolving it: a refusal says why. */
export function checkWebhookUrl(url: string, { allowPrivate }: Pick<SendOptions, 'allowPrivate'>): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeAddressError('is not a URL');
  }
  if (parsed.protocol !== 'https:' && !(allowPrivate && parsed.protocol === 'http:')) {
    throw new UnsafeAddressError('must be an https URL');
  }
  if (parsed.username || parsed.password) throw new UnsafeAddressError('may not carry credentials');
  // A name's trailing dot (`localhost.`) is the same name, fully qualified.
  const host = parsed.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (isIP(host) && !isPublicAddress(host, { loopback: allowPrivate })) {
    throw new UnsafeAddressError('is an address webhooks may not reach');
  }
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new UnsafeAddressError('is an address webhooks may not reach');
  }
  return parsed;
}

/**
 * POSTs one webhook: to a public address only (the name is resolved and checked at connection time), redirects
 * not followed (a 3xx is an answer like any other), within `timeoutMs` in all, reading at most `maxResponseBytes`
 * of the answer. Rejects with `UnsafeAddressError` for an address it will not reach, or with the network's error.
 */
export async function sendWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<Sent> {
  const { allowPrivate, timeoutMs = TIMEOUT_MS, maxResponseBytes = MAX_RESPONSE_BYTES } = options;
  const target = checkWebhookUrl(url, { allowPrivate });
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Sent>((resolve, reject) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const outgoing = request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        signal,
        // Checked at connection time, whatever the setting: the setting opens loopback, never the rest.
        lookup: options.lookup ?? guardedLookup(undefined, { loopback: allowPrivate }),
      },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let read = 0;
        const done = () => {
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8').slice(0, maxResponseBytes),
          });
        };
        response.on('data', (chunk: Buffer) => {
          if (read < maxResponseBytes) chunks.push(chunk.subarray(0, maxResponseBytes - read));
          read += chunk.length;
          // Enough read: the rest is not waited for, however large.
          if (read >= maxResponseBytes) {
            response.destroy();
            done();
          }
        });
        response.on('end', done);
        response.on('error', (error) => (read >= maxResponseBytes ? done() : reject(error)));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
