import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signedHeaders } from './signing.ts';

describe('webhook signatures', () => {
  it("verify with the standardwebhooks library's own verifier, for each secret of a rotation's overlap", () => {
    const [old, fresh, other] = [newWebhookSecret(), newWebhookSecret(), newWebhookSecret()];
    const payload = JSON.stringify({ type: 'response.created', data: { score: 3 } });
    const headers = signedHeaders('evt_1', new Date(), payload, [fresh, old]);
    expect(headers['webhook-id']).toBe('evt_1');
    expect(new Webhook(fresh).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(new Webhook(old).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(() => new Webhook(other).verify(payload, headers)).toThrow();
    expect(() => new Webhook(fresh).verify(`${payload} `, headers)).toThrow();
  });

  it('makes secrets in the whsec_ form, each different', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
