import { randomBytes } from 'node:crypto';
import { UnauthenticatedError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import { type Auth, sha256 } from './auth.ts';
import { randomAlphanumeric } from './random.ts';

const SIGN_IN_CODE = /^[A-Za-z0-9_-]{43}$/;
/** A sign-in code is for the person who just started the API, not one to keep. */
export const SIGN_IN_CODE_MS = 30 * 60_000;
/** A console session lasts a working day or so; then its owner signs in again. */
export const SESSION_MS = 12 * 3_600_000;

/**
 * Signing in to the console without the admin token in a URL: the operator is given a link with a one-time code in
 * its fragment (never sent to a server, so in no access log), which the console exchanges for a session token. The
 * session is checked by `auth.authenticate`, as the admin.
 */
export function createSessions(models: Models) {
  return {
    /** A new one-time sign-in code, for the console link printed to the operator. */
    async createSignInCode(): Promise<{ code: string; expiresAt: Date }> {
      const code = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + SIGN_IN_CODE_MS);
      await models.SignInCode.create({ _id: sha256(code).toString('hex'), expiresAt });
      // Codes nobody used are cleared by the next one made.
      await models.SignInCode.deleteMany({ expiresAt: { $lt: new Date() } });
      return { code, expiresAt };
    },

    /** Exchanges a sign-in code, once, for a session; UNAUTHENTICATED for a code unknown, used or expired. */
    async signIn(code: string): Promise<{ token: string; expiresAt: Date }> {
      const refused = new UnauthenticatedError(
        'This sign-in code is unknown, used or expired: restart the API or run `pnpm sign-in-link` for a new link.',
      );
      if (!SIGN_IN_CODE.test(code)) throw refused;
      const _id = sha256(code).toString('hex');
      const found = await models.SignInCode.findById(_id).lean();
      if (!found || found.expiresAt.getTime() <= Date.now()) throw refused;
      // The one request whose delete removes it takes it: a code works once, whichever instances it reaches.
      const { deletedCount } = await models.SignInCode.deleteOne({ _id });
      if (deletedCount !== 1) throw refused;
      const id = randomAlphanumeric(16);
      const secret = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + SESSION_MS);
      await models.Session.create({ _id: id, secretSha256: sha256(secret).toString('hex'), expiresAt });
      await models.Session.deleteMany({ expiresAt: { $lt: new Date() } });
      return { token: `nps_s_${id}_${secret}`, expiresAt };
    },

    /** Ends a session at once; false when `auth` is no session (the admin token cannot be signed out). */
    async signOut(auth: Auth): Promise<boolean> {
      if (auth.kind !== 'admin' || !auth.sessionId) return false;
      const { deletedCount } = await models.Session.deleteOne({ _id: auth.sessionId });
      return deletedCount > 0;
    },
  };
}

export type SessionService = ReturnType<typeof createSessions>;

/**
 * The console's sign-in link on `baseUrl`, with a new one-time code: in the fragment, which browsers never send, so
 * no server or proxy log holds it.
 */
export async function consoleLink(sessions: SessionService, baseUrl: string): Promise<string> {
  const { code } = await sessions.createSignInCode();
  return `${new URL('/console', baseUrl)}#code=${code}`;
}
