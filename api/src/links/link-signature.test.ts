import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type LinkClaims, signLink, verifyLink } from './link-signature.ts';

const SECRET = createSecretKey(randomBytes(32));
const CLAIMS: LinkClaims = {
  language: 'el',
  market: 'CY',
  customer: 'cust-42',
  send: 'order-7',
  score: 8,
  channel: 'EMAIL',
  expires: Math.floor(Date.now() / 1000) + 3600,
  key: 1,
};
const verify = (params: URLSearchParams, secret: KeyObject | undefined = SECRET, now = Date.now()) =>
  verifyLink(params, 'pk_site', async (generation) => (generation === 1 ? secret : undefined), now);

describe('signed links', () => {
  it('verify as signed, with every claim read back', async () => {
    expect(await verify(signLink(SECRET, 'pk_site', CLAIMS))).toEqual({ ok: true, claims: CLAIMS });
  });

  it.each([
    ['lang', 'tr'],
    ['market', 'GR'],
    ['customer', 'cust-43'],
    ['send', 'order-8'],
    ['score', '10'],
    ['via', 'link'],
    ['exp', String(CLAIMS.expires + 86_400)],
    ['sig', 'AAAAAAAAAAAAAAAAAAAAAA'],
  ])('are refused as invalid with %s changed', async (name, value) => {
    const params = signLink(SECRET, 'pk_site', CLAIMS);
    params.set(name, value);
    expect(await verify(params)).toMatchObject({ ok: false, refusal: 'invalid' });
  });

  it('are refused with a claim added, removed, or for another survey', async () => {
    const added = signLink(SECRET, 'pk_site', CLAIMS);
    added.set('extra', '1');
    const removed = signLink(SECRET, 'pk_site', CLAIMS);
    removed.delete('customer');
    const other = signLink(SECRET, 'pk_other', CLAIMS);
    for (const params of [added, removed, other]) {
      expect(await verify(params)).toMatchObject({ ok: false, refusal: 'invalid' });
    }
  });

  it('are refused when signed by another key, or by a generation that is not the survey’s', async () => {
    expect(await verify(signLink(createSecretKey(randomBytes(32)), 'pk_site', CLAIMS))).toMatchObject({
      refusal: 'invalid',
    });
    expect(await verify(signLink(SECRET, 'pk_site', { ...CLAIMS, key: 2 }))).toMatchObject({
      refusal: 'invalid',
    });
  });

  it('are refused as expired once past their expiry, and keep their language for the page that says so', async () => {
    const params = signLink(SECRET, 'pk_site', CLAIMS);
    expect(await verify(params, SECRET, CLAIMS.expires * 1000)).toEqual({
      ok: false,
      refusal: 'expired',
      language: 'el',
    });
  });
});
