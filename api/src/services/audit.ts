import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../models/audit-entry.model.ts';
import type { Models } from '../models/index.ts';

/**
 * The audit log of each survey: who changed what and when, for its owners. Written after the change it records
 * (a change that failed is not in it); read newest first, with each person named by their email address.
 */
export function createAudit(models: Models) {
  return {
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
      const people = entries.flatMap((entry) => (entry.by.startsWith('user:') ? [entry.by.slice(5)] : []));
      const tokens = entries
        .filter((entry) => !entry.by.includes(':') && entry.by !== 'admin')
        .map((e) => e.by);
      const [users, labels] = await Promise.all([
        models.User.find({ _id: { $in: people } }, { email: 1 }).lean(),
        models.Token.find({ _id: { $in: tokens } }, { label: 1 }).lean(),
      ]);
      const names = new Map([
        ...users.map((user) => [`user:${user._id}`, user.email] as const),
        ...labels.map((token) => [token._id, token.label] as const),
      ]);
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
