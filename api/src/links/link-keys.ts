import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import type { AppSecret } from '../models/app-secret.model.ts';
import { isDuplicateKey, type Models } from '../models/index.ts';

/**
 * Each survey's keys for signing links, one per generation (`Survey.linkKeyGeneration`; rotating the key moves to
 * the next). A key is made by whichever instance needs it first, as one `app_secrets` document whose `_id` names the
 * survey and generation: a unique insert, so that two instances making it at once agree on one. Kept in memory once
 * read, as a key object (given bytes, each HMAC would first check whether they were one: 14-24 µs a signature against
 * 2-3, and an email's send signs eleven links a customer); a generation's key never changes.
 */
export function createLinkKeys(models: Models) {
  const known = new Map<string, KeyObject>();
  const idOf = (survey: Types.ObjectId | string, generation: number) => `link-key:${survey}:${generation}`;

  async function read(id: string): Promise<KeyObject | undefined> {
    const found = await models.AppSecret.findById(id).lean<AppSecret>();
    return found ? createSecretKey(Buffer.from(found.value, 'base64url')) : undefined;
  }

  return {
    /** The key of a generation, made if it is the survey's current one and nobody made it yet. */
    async current(survey: Types.ObjectId, generation: number): Promise<KeyObject> {
      const id = idOf(survey, generation);
      const cached = known.get(id) ?? (await read(id));
      if (cached) {
        known.set(id, cached);
        return cached;
      }
      try {
        await models.AppSecret.create({ _id: id, value: randomBytes(32).toString('base64url') });
      } catch (error) {
        // Another instance made it first: theirs is the one.
        if (!isDuplicateKey(error)) throw error;
      }
      const made = await read(id);
      if (!made) throw new Error(`the link key ${id} could not be read back`);
      known.set(id, made);
      return made;
    },

    /** The key of a generation, if it was ever made and is still the survey's (`current` names it). */
    async verifying(
      survey: Types.ObjectId,
      generation: number,
      current: number,
    ): Promise<KeyObject | undefined> {
      if (generation !== current) return undefined;
      const id = idOf(survey, generation);
      const found = known.get(id) ?? (await read(id));
      if (found) known.set(id, found);
      return found;
    },
  };
}

export type LinkKeys = ReturnType<typeof createLinkKeys>;
