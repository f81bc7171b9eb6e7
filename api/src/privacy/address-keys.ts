import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { AppSecret } from '../models/app-secret.model.ts';
import { isDuplicateKey, type Models } from '../models/index.ts';

const DAY_MS = 86_400_000;

/**
 * What stands for a client's address wherever one would be written (the rate limits' shared counts): an HMAC of the
 * address and the UTC day under a secret all instances share, made once and kept in the database. It is the same on
 * every instance, so limits hold across them; it changes every day, so no key links a visitor's days; and without
 * the secret it cannot be turned back into the address, nor matched against a list of them.
 */
export function createAddressKeys(models: Models) {
  // A key object, not the secret's bytes: given bytes, `createHmac` first checks whether they are a key object, which
  // made an HMAC take 27 µs instead of 4 (Node 24), on every visitor's answer.
  let secret: KeyObject | undefined;

  return {
    /** Reads the shared secret, or makes it if this is the first instance ever to need it. */
    async open(): Promise<void> {
      const found = await models.AppSecret.findById('address-key').lean<AppSecret>();
      if (found) {
        secret = createSecretKey(Buffer.from(found.value, 'base64url'));
        return;
      }
      const made = randomBytes(32).toString('base64url');
      try {
        await models.AppSecret.create({ _id: 'address-key', value: made });
        secret = createSecretKey(Buffer.from(made, 'base64url'));
      } catch (error) {
        // Another instance made it first: theirs is the one.
        if (!isDuplicateKey(error)) throw error;
        const theirs = await models.AppSecret.findById('address-key').lean<AppSecret>();
        secret = createSecretKey(Buffer.from(theirs?.value ?? '', 'base64url'));
      }
    },

    /** The day's key for an address. */
    of(address: string, now = Date.now()): string {
      if (!secret) throw new Error('address keys used before open()');
      const day = Math.floor(now / DAY_MS);
      return createHmac('sha256', secret).update(`${day}:${address}`).digest('base64url').slice(0, 22);
    },
  };
}

export type AddressKeys = ReturnType<typeof createAddressKeys>;
