import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Types } from 'mongoose';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import { randomAlphanumeric } from './random.ts';

/**
 * Who is asking: the admin (by the admin token, or a person signed in to the console, `userId`, who owns every
 * survey), a dashboard holding one survey's token, or an anonymous visitor's browser.
 */
export type Auth =
  | { readonly kind: 'admin'; readonly userId?: string; readonly sessionId?: string }
  | { readonly kind: 'survey'; readonly surveyId: string; readonly tokenId: string }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'invalid' };

const READ_TOKEN = /^nps_rt_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (value: string) => createHash('sha256').update(value).digest();

export function createAuth(models: Models, adminToken: string) {
  const adminHash = sha256(adminToken);

  return {
    /** Resolves the `Authorization` header; an unknown or revoked token is `invalid`, never an exception here. */
    async authenticate(header: string | undefined): Promise<Auth> {
      if (!header) return { kind: 'anonymous' };
      const token = /^Bearer (\S+)$/i.exec(header)?.[1];
      if (!token) return { kind: 'invalid' };
      if (timingSafeEqual(sha256(token), adminHash)) return { kind: 'admin' };
      const [, id, secret] = READ_TOKEN.exec(token) ?? [];
      if (!id || !secret) return { kind: 'invalid' };
      const stored = await models.Token.findById(id).lean();
      if (!stored || stored.revokedAt) return { kind: 'invalid' };
      const matches = timingSafeEqual(sha256(secret), Buffer.from(stored.secretSha256, 'hex'));
      return matches ? { kind: 'survey', surveyId: String(stored.survey), tokenId: id } : { kind: 'invalid' };
    },

    /** Makes a token for one survey; the secret exists only in the return value. */
    async createReadToken(surveyId: Types.ObjectId, label: string) {
      const id = randomAlphanumeric(16);
      const secret = randomBytes(32).toString('base64url');
      const doc = await models.Token.create({
        _id: id,
        survey: surveyId,
        label,
        secretSha256: sha256(secret).toString('hex'),
      });
      return { doc, token: `nps_rt_${id}_${secret}` };
    },

    /** A survey's read tokens that work, newest first. */
    activeReadTokens: (survey: Types.ObjectId) =>
      models.Token.find({ survey, revokedAt: null }).sort({ createdAt: -1, _id: -1 }),

    /** Revokes a token at once: the next request with it is refused. */
    async revokeReadToken(id: string): Promise<void> {
      // By `_id` alone, which FerretDB answers through its index (beside another condition it would read more).
      const stored = await models.Token.findById(id, { revokedAt: 1 }).lean();
      if (!stored || stored.revokedAt) throw new NotFoundError(`No active token ${id.slice(0, 40)}.`);
      await models.Token.updateOne({ _id: { $eq: id } }, { $set: { revokedAt: new Date() } });
    },
  };
}

export type AuthService = ReturnType<typeof createAuth>;

export function requireAdmin(auth: Auth): void {
  if (auth.kind === 'admin') return;
  if (auth.kind === 'survey') throw new ForbiddenError('This operation needs the admin token.');
  throw new UnauthenticatedError();
}

/** The admin may read every survey; a survey token only its own. */
export function requireSurveyAccess(auth: Auth, surveyId: string): void {
  if (auth.kind === 'admin') return;
  if (auth.kind === 'survey') {
    if (auth.surveyId === surveyId) return;
    throw new ForbiddenError(`This token is for another survey than ${surveyId}.`);
  }
  throw new UnauthenticatedError();
}

/**
 * The surveys an operation over respondents may touch: for the admin, `surveyId` or every one (undefined); for a read
 * token, its own survey, whether named or not (another one is FORBIDDEN).
 */
export function requireRespondentScope(auth: Auth, surveyId: string | null | undefined): string | undefined {
  if (auth.kind === 'admin') return surveyId ?? undefined;
  if (auth.kind === 'survey') {
    if (surveyId && surveyId !== auth.surveyId) {
      throw new ForbiddenError(`This token is for another survey than ${surveyId}.`);
    }
    return auth.surveyId;
  }
  throw new UnauthenticatedError();
}

/** Who did it, for logs that keep no personal data of respondents: `admin`, `user:<id>`, or the read token's id. */
export function actor(auth: Auth): string {
  if (auth.kind === 'admin' && auth.userId) return `user:${auth.userId}`;
  return auth.kind === 'survey' ? auth.tokenId : auth.kind;
}
