import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Types } from 'mongoose';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import { randomAlphanumeric } from '../services/random.ts';
import {
  type Capability,
  OPERATIONS,
  type Operation,
  READ_TOKEN,
  ROLES,
  type Role,
  type Rule,
} from './access.ts';

/**
 * Who is asking: the admin (the admin token: automation and recovery), a person signed in to the console with their
 * roles (by survey id, or `*` for every survey), a dashboard holding one survey's read token, or an anonymous
 * visitor's browser.
 */
export type Auth =
  | { readonly kind: 'admin' }
  | {
      readonly kind: 'person';
      readonly userId: string;
      readonly sessionId: string;
      readonly roles: Readonly<Record<string, Role>>;
    }
  | { readonly kind: 'survey'; readonly surveyId: string; readonly tokenId: string }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'invalid' };

const READ_TOKEN_FORMAT = /^nps_rt_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

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
      const [, id, secret] = READ_TOKEN_FORMAT.exec(token) ?? [];
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

    /** The survey a read token reads (NOT_FOUND for one that is unknown or revoked). */
    async surveyOfReadToken(id: string): Promise<string> {
      const stored = await models.Token.findById(id, { survey: 1, revokedAt: 1 }).lean();
      if (!stored || stored.revokedAt) throw new NotFoundError(`No active token ${id.slice(0, 40)}.`);
      return String(stored.survey);
    },

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

/** What `auth` may do on one survey (see `access.ts`). */
export function capabilities(auth: Auth, surveyId: string): readonly Capability[] {
  if (auth.kind === 'admin') return ROLES.owner;
  if (auth.kind === 'survey') return auth.surveyId === surveyId ? READ_TOKEN : [];
  if (auth.kind === 'person') {
    const role = auth.roles[surveyId] ?? auth.roles['*'];
    return role ? ROLES[role] : [];
  }
  return [];
}

/** Whether `auth` is the admin token or an owner of every survey: may do what is not one survey's. */
export function isGlobal(auth: Auth): boolean {
  return auth.kind === 'admin' || (auth.kind === 'person' && auth.roles['*'] === 'owner');
}

/**
 * Checks an operation against the table (`access.ts`), on the survey it names: UNAUTHENTICATED without a valid
 * token or session, FORBIDDEN when the role (or token) does not allow it.
 */
export type { Operation } from './access.ts';

export function authorize(auth: Auth, operation: Operation, surveyId?: string): void {
  const rule: Rule = OPERATIONS[operation];
  if (rule === 'public') return;
  if (auth.kind === 'anonymous' || auth.kind === 'invalid') throw new UnauthenticatedError();
  if (rule === 'signedIn') return;
  if (rule === 'person') {
    if (auth.kind !== 'person')
      throw new ForbiddenError(`${operation} is for a person signed in to the console.`);
    return;
  }
  if (rule === 'global') {
    if (!isGlobal(auth))
      throw new ForbiddenError(`${operation} needs the admin token or an owner of every survey.`);
    return;
  }
  if (surveyId === undefined || !capabilities(auth, surveyId).includes(rule)) {
    throw new ForbiddenError(
      auth.kind === 'survey' && auth.surveyId !== surveyId
        ? `This token is for another survey than ${surveyId}.`
        : `${operation} needs the right "${rule}" on survey ${surveyId ?? '(none named)'}, which this ${auth.kind === 'person' ? 'role' : 'token'} has not.`,
    );
  }
}

/**
 * The surveys an operation over respondents may touch: `surveyId` once authorized, or, when none is named, every one
 * (undefined) for the admin and an owner of every survey, and its own survey for a read token.
 */
export function respondentScope(
  auth: Auth,
  surveyId: string | null | undefined,
  operation: Operation,
): string | undefined {
  requireSignedIn(auth);
  if (!surveyId && auth.kind === 'survey') return auth.surveyId;
  if (!surveyId && isGlobal(auth)) return undefined;
  if (!surveyId) throw new ForbiddenError('Name the survey (surveyId): your roles are per survey.');
  authorize(auth, operation, surveyId);
  return surveyId;
}

/** UNAUTHENTICATED unless a valid token or session came: before anything is looked up for the request. */
export function requireSignedIn(auth: Auth): void {
  if (auth.kind === 'anonymous' || auth.kind === 'invalid') throw new UnauthenticatedError();
}

/** Who did it, for logs that keep no personal data of respondents: `admin`, `user:<id>`, or the read token's id. */
export function actor(auth: Auth): string {
  if (auth.kind === 'person') return `user:${auth.userId}`;
  return auth.kind === 'survey' ? auth.tokenId : auth.kind;
}
