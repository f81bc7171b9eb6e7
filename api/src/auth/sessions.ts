import { randomBytes, timingSafeEqual } from 'node:crypto';
import { BadUserInputError, UnauthenticatedError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import { randomAlphanumeric } from '../services/random.ts';
import type { RateLimits } from '../services/rate-limits.ts';
import type { Role } from './access.ts';
import { sha256 } from './auth.ts';
import { hashPassword, MAX_PASSWORD, MIN_PASSWORD, NOBODY, verifyPassword } from './passwords.ts';

/** A setup link is for the person who just started the API on an empty database, not one to keep. */
export const SETUP_CODE_MS = 3_600_000;
/** A session ends a week after sign-in, whatever its use... */
export const SESSION_MS = 7 * 86_400_000;
/** ...and after twelve hours unused. */
export const IDLE_MS = 12 * 3_600_000;
/** How often a session's last use is written: to the minute is enough for the idle time. */
const TOUCH_MS = 60_000;
const SETUP_CODE = /^[A-Za-z0-9_-]{43}$/;
const SESSION_TOKEN = /^([A-Za-z0-9]{16})\.([A-Za-z0-9_-]{43})$/;

export interface SignedIn {
  readonly token: string;
  readonly maxAgeSeconds: number;
  readonly user: { readonly id: string; readonly email: string };
}

/** A new one-time code for the first owner's setup link, while no account exists; null once one does. */
export async function createSetupCode(models: Models): Promise<string | null> {
  if (await models.User.exists({})) return null;
  const code = randomBytes(32).toString('base64url');
  await models.SetupCode.deleteMany({ expiresAt: { $lt: new Date() } });
  await models.SetupCode.create({
    _id: sha256(code).toString('hex'),
    expiresAt: new Date(Date.now() + SETUP_CODE_MS),
  });
  return code;
}

/** A new session for a person let in: its token (for the cookie), how long it lasts, and who it is. */
async function begin(models: Models, user: { _id: string; email: string }): Promise<SignedIn> {
  const id = randomAlphanumeric(16);
  const secret = randomBytes(32).toString('base64url');
  const now = new Date();
  await models.Session.create({
    _id: id,
    user: user._id,
    secretSha256: sha256(secret).toString('hex'),
    expiresAt: new Date(now.getTime() + SESSION_MS),
    lastSeenAt: now,
  });
  return {
    token: `${id}.${secret}`,
    maxAgeSeconds: SESSION_MS / 1000,
    user: { id: user._id, email: user.email },
  };
}

/** A new password's length, checked: BAD_USER_INPUT naming `field`. */
function checkPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    throw new BadUserInputError(
      `The password must have ${MIN_PASSWORD} to ${MAX_PASSWORD} characters.`,
      field,
    );
  }
}

/** A new account (not yet saved), its email and password checked: BAD_USER_INPUT naming the field. */
async function newUser(models: Models, email: string, password: string) {
  checkPassword(password, 'password');
  const user = new models.User({
    _id: randomAlphanumeric(16),
    email,
    passwordHash: await hashPassword(password),
    passwordChangedAt: new Date(),
  });
  await user.validate().catch((error: unknown) => {
    throw new BadUserInputError(`email: ${(error as Error).message.split(': ').pop()}`, 'email');
  });
  return user;
}

/**
 * People's accounts and their sessions. On a database with no account, the operator is given a one-time setup link
 * (its code in the fragment, which no server logs) where the first owner chooses an email address and a password;
 * there is never a default password. Then people sign in with their email address and password (argon2id), limited
 * per address and per account over every instance, with one answer for an unknown address and a wrong password.
 * A session is a random token in an `HttpOnly` cookie, stored hashed: ending it (sign-out, a changed password) ends
 * it on every instance at once.
 */
export function createSessions(models: Models, limits: RateLimits) {
  return {
    /** Signs a person in whom another check let in (an invitation accepted). */
    begin: (user: { _id: string; email: string }) => begin(models, user),

    /** A new account (not yet saved), its email and password checked: BAD_USER_INPUT naming the field. */
    newUser: (email: string, password: string) => newUser(models, email, password),

    /** A new setup code, while no account exists; null once one does. */
    createSetupCode: () => createSetupCode(models),

    /** Makes the first owner's account with a setup code, once, and signs them in. */
    async setUp(code: string, email: string, password: string): Promise<SignedIn> {
      const refused = new UnauthenticatedError(
        'This setup link is unknown, used or expired: restart the API, or run `pnpm setup-link`, for a new one.',
      );
      if (!SETUP_CODE.test(code)) throw refused;
      // The code first, cheaply: a password is hashed (19 MiB of work) only for a request that holds a valid one.
      const _id = sha256(code).toString('hex');
      const found = await models.SetupCode.findById(_id).lean();
      if (!found || found.expiresAt.getTime() <= Date.now()) throw refused;
      const user = await newUser(models, email, password);
      // The one request whose delete removes the code uses it, whichever instance it reaches.
      if ((await models.SetupCode.deleteOne({ _id })).deletedCount !== 1) throw refused;
      if (await models.User.exists({})) throw refused;
      await models.SetupCode.deleteMany({});
      await user.save();
      // The first owner owns every survey, those to come included.
      await models.Membership.create({ _id: `${user._id}:*`, user: user._id, survey: '*', role: 'owner' });
      return begin(models, user);
    },

    /** Signs a person in; UNAUTHENTICATED, alike and as slow, for an unknown address and a wrong password. */
    async signIn(email: string, password: string, ip: string): Promise<SignedIn> {
      const address = email.trim().toLowerCase().slice(0, 254);
      await limits.consume(ip, sha256(address).toString('hex'), 'signIn');
      const user = await models.User.findOne({ email: { $eq: address } }).lean();
      const matches = await verifyPassword(
        password.slice(0, MAX_PASSWORD),
        user?.passwordHash ?? (await NOBODY),
      );
      if (!user || !matches) throw new UnauthenticatedError('Wrong email address or password.');
      return begin(models, user);
    },

    /** The person a session cookie belongs to, or null (unknown, ended, expired, idle, or no cookie). */
    async resolve(
      token: string | undefined,
    ): Promise<{ userId: string; sessionId: string; roles: Record<string, Role> } | null> {
      const [, id, secret] = SESSION_TOKEN.exec(token ?? '') ?? [];
      if (!id || !secret) return null;
      const session = await models.Session.findById(id).lean();
      if (!session) return null;
      const now = Date.now();
      const valid =
        timingSafeEqual(sha256(secret), Buffer.from(session.secretSha256, 'hex')) &&
        session.expiresAt.getTime() > now &&
        session.lastSeenAt.getTime() > now - IDLE_MS;
      if (!valid) return null;
      if (session.lastSeenAt.getTime() < now - TOUCH_MS) {
        void models.Session.updateOne({ _id: { $eq: id } }, { $set: { lastSeenAt: new Date(now) } }).catch(
          () => {},
        );
      }
      const memberships = await models.Membership.find({ user: session.user }, { survey: 1, role: 1 }).lean();
      const roles = Object.fromEntries(memberships.map((m) => [m.survey, m.role as Role]));
      return { userId: session.user, sessionId: id, roles };
    },

    /** Who is signed in, for the console. */
    async me(userId: string): Promise<{ id: string; email: string } | null> {
      const user = await models.User.findById(userId, { email: 1 }).lean();
      return user ? { id: user._id, email: user.email } : null;
    },

    /** Ends a session, on every instance at once. */
    async signOut(sessionId: string): Promise<boolean> {
      return (await models.Session.deleteOne({ _id: { $eq: sessionId } })).deletedCount > 0;
    },

    /** Changes a person's password, which ends their other sessions; this one stays. */
    async changePassword(userId: string, sessionId: string, current: string, next: string): Promise<void> {
      const user = await models.User.findById(userId);
      if (!user || !(await verifyPassword(current.slice(0, MAX_PASSWORD), user.passwordHash))) {
        throw new BadUserInputError('The current password is not right.', 'currentPassword');
      }
      checkPassword(next, 'newPassword');
      user.set({ passwordHash: await hashPassword(next), passwordChangedAt: new Date() });
      await user.save();
      await models.Session.deleteMany({ user: userId, _id: { $ne: sessionId } });
    },
  };
}

export type SessionService = ReturnType<typeof createSessions>;

/** The console's address, with the setup code in the fragment when there is one (no server or proxy logs it). */
export function consoleLink(baseUrl: string, setupCode: string | null): string {
  const url = new URL('/console', baseUrl).href;
  return setupCode ? `${url}#setup=${setupCode}` : url;
}
