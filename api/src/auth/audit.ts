import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../models/audit-entry.model.ts';
import type { Models } from '../models/index.ts';

/**
 * The audit log of each survey: who changed what and when, for its owners. Written after the change it records
 * (a change that failed is not in it); read newest first, with each person named by their email address.
 */
export function createAudit(models: Models) {
  /** Who each actor is (`actor` in `auth.ts`): a person by their email address, a read token by its label. */
  async function namesOf(actors: readonly string[]): Promise<Map<string, string>> {
    const people = actors.flatMap((by) => (by.startsWith('user:') ? [by.slice(5)] : []));
    const tokens = actors.filter((by) => !by.includes(':') && by !== 'admin');
    const [users, labels] = await Promise.all([
      people.length ? models.User.find({ _id: { $in: people } }, { email: 1 }).lean() : [],
      tokens.length ? models.Token.find({ _id: { $in: tokens } }, { label: 1 }).lean() : [],
    ]);
    return new Map([
      ...users.map((user) => [`user:${user._id}`, user.email] as const),
      ...labels.map((token) => [token._id, token.label] as const),
    ]);
  }

  return {
    namesOf,

    async record(
      survey: string,
      by: string,
      action: AuditAction,
      detail: string | null = null,
    ): Promise<void> {
      await models.AuditEntry.create({
        _id: randomUUID(),
        survey,
        at: new Date(),
        by,
        action,
        detail: detail?.slice(0, 500) ?? null,
      });
    },

    async list(survey: string, first = 50) {
      const entries = await models.AuditEntry.find({ survey })
        .sort({ at: -1, _id: -1 })
        .limit(Math.min(Math.max(first, 1), 500))
        .lean();
      const names = await namesOf(entries.map((entry) => entry.by));
      return entries.map((entry) => ({
        at: entry.at,
        by: names.get(entry.by) ?? entry.by,
        action: entry.action,
        detail: entry.detail ?? null,
      }));
    },
  };
}

export type AuditService = ReturnType<typeof createAudit>;
