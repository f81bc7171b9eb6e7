import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { Channel } from '../models/response.model.ts';

/** What a signed link says, and the signature covers: who is asked, in which send, until when. */
export interface LinkClaims {
  /** The visitor's language (a survey language). */
  readonly language: string;
  readonly market: string | null;
  /** The owner's id of the customer asked, if any: their answer's `attributes.customerId`. */
  readonly customer: string | null;
  /** The campaign or send: with `customer`, one answer per customer and send. */
  readonly send: string | null;
  /** A score link's score (an email's eleven links); none for a link to the question. */
  readonly score: number | null;
  readonly channel: Extract<Channel, 'EMAIL' | 'LINK'>;
  /** Seconds since the epoch. */
  readonly expires: number;
  /** The generation of the survey's link key that signed it. */
  readonly key: number;
}

/** Why a link is refused: changed or made up (`invalid`), or past its expiry (`expired`). */
export type LinkRefusal = 'invalid' | 'expired';

export type VerifiedLink =
  | { readonly ok: true; readonly claims: LinkClaims }
  | { readonly ok: false; readonly refusal: LinkRefusal; readonly language: string | null };

/** The query parameters of a link, in the order they are written. */
const PARAMS = ['lang', 'market', 'customer', 'send', 'score', 'via', 'exp', 'key', 'sig'] as const;
/** Bytes of HMAC-SHA-256 kept: 128 bits, which no one guesses, in 22 characters of a URL. */
const SIGNATURE_BYTES = 16;
/** The longest customer or send id a link carries. */
export const MAX_LINK_ID = 200;

/** Exactly what is signed: every claim, in a fixed order, each on its own line (no claim may hold a line break). */
function signedText(siteKey: string, claims: LinkClaims): string {
  return [
    'nps-link-v1',
    siteKey,
    claims.language,
    claims.market ?? '',
    claims.customer ?? '',
    claims.send ?? '',
    claims.score ?? '',
    claims.channel,
    claims.expires,
    claims.key,
  ].join('\n');
}

function signature(secret: KeyObject, siteKey: string, claims: LinkClaims): Buffer {
  return createHmac('sha256', secret)
    .update(signedText(siteKey, claims))
    .digest()
    .subarray(0, SIGNATURE_BYTES);
}

/** A link's query string: its claims in plain sight (they are no secret), and their signature. */
export function signLink(secret: KeyObject, siteKey: string, claims: LinkClaims): URLSearchParams {
  const params = new URLSearchParams({ lang: claims.language });
  if (claims.market) params.set('market', claims.market);
  if (claims.customer) params.set('customer', claims.customer);
  if (claims.send) params.set('send', claims.send);
  if (claims.score !== null) params.set('score', String(claims.score));
  params.set('via', claims.channel.toLowerCase());
  params.set('exp', String(claims.expires));
  params.set('key', String(claims.key));
  params.set('sig', signature(secret, siteKey, claims).toString('base64url'));
  return params;
}

/** Whether a query string is a signed link's (it has a signature), rather than the plain page's. */
export function isSigned(params: URLSearchParams): boolean {
  return params.has('sig');
}

const ID = new RegExp(`^[^\\n\\r]{1,${MAX_LINK_ID}}$`);
const MARKET = /^[A-Z]{2,3}$/;

/** The claims a query string states, unchecked; undefined when it is not even shaped like a link. */
function statedClaims(params: URLSearchParams): LinkClaims | undefined {
  const score = params.get('score');
  const via = params.get('via');
  const expires = Number(params.get('exp'));
  const key = Number(params.get('key'));
  const language = params.get('lang') ?? '';
  const fields = ['customer', 'send'].map((name) => params.get(name));
  if (fields.some((value) => value !== null && !ID.test(value))) return undefined;
  const market = params.get('market');
  if (market !== null && !MARKET.test(market)) return undefined;
  if (score !== null && !/^(10|[0-9])$/.test(score)) return undefined;
  if (via !== 'email' && via !== 'link') return undefined;
  if (!Number.isSafeInteger(expires) || !Number.isSafeInteger(key) || !/^[a-z]{2,3}$/.test(language)) {
    return undefined;
  }
  return {
    language,
    market,
    customer: fields[0] ?? null,
    send: fields[1] ?? null,
    score: score === null ? null : Number(score),
    channel: via === 'email' ? 'EMAIL' : 'LINK',
    expires,
    key,
  };
}

/**
 * Checks a signed link against the survey's key of the generation it names (`secretOf`, undefined for one that was
 * never made). A link whose claims or signature were changed, or were signed by a key rotated away, is `invalid`;
 * one past its expiry, `expired`. The language of a refused link is only a hint, for the page that says so.
 */
export async function verifyLink(
  params: URLSearchParams,
  siteKey: string,
  secretOf: (generation: number) => Promise<KeyObject | undefined>,
  now = Date.now(),
): Promise<VerifiedLink> {
  const hint = params.get('lang');
  const refused = (refusal: LinkRefusal): VerifiedLink => ({ ok: false, refusal, language: hint });
  const claims = statedClaims(params);
  if (!claims || [...params.keys()].some((name) => !(PARAMS as readonly string[]).includes(name))) {
    return refused('invalid');
  }
  const secret = await secretOf(claims.key);
  const given = Buffer.from(params.get('sig') ?? '', 'base64url');
  if (!secret || given.length !== SIGNATURE_BYTES) return refused('invalid');
  if (!timingSafeEqual(given, signature(secret, siteKey, claims))) return refused('invalid');
  if (claims.expires * 1000 <= now) return refused('expired');
  return { ok: true, claims };
}
