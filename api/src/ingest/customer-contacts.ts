import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import { isDuplicateKey, type Models } from '../models/index.ts';

const DAY_MS = 86_400_000;
export const CUSTOMER_HASH = /^[0-9a-f]{64}$/;

/** The hash a page's widget sends for its customer: SHA-256 (hex) of `<siteKey>:<customer id>`. */
export function customerHash(siteKey: string, customerId: string): string {
  return createHash('sha256').update(`${siteKey}:${customerId}`).digest('hex');
}

/**
 * The recontact period across a customer's devices: an answer from an identified customer is noted under the hash
 * of their id, and the configuration request of any of their devices asks by that hash whether they answered
 * within the period. Looked up by `_id` alone, the one look-up every database answers from its primary key.
 */
export function createCustomerContacts(models: Models) {
  return {
    /** Notes that the customer answered at `at` (a later answer moves it on; an earlier one leaves it). */
    async answered(survey: Types.ObjectId, hash: string, at: Date): Promise<void> {
      const _id = `${survey}:${hash}`;
      try {
        await models.CustomerContact.updateOne({ _id }, { $max: { at } }, { upsert: true });
      } catch (error) {
        // Two instances created it at once: the other one's note is as good as ours.
        if (!isDuplicateKey(error)) throw error;
      }
    },

    /** Whether the customer answered within the last `days`. */
    async answeredWithin(
      survey: Types.ObjectId,
      hash: string,
      days: number,
      now = Date.now(),
    ): Promise<boolean> {
      const contact = await models.CustomerContact.findById(`${survey}:${hash}`, { at: 1 }).lean();
      return !!contact && now - contact.at.getTime() < days * DAY_MS;
    },
  };
}

export type CustomerContactService = ReturnType<typeof createCustomerContacts>;
