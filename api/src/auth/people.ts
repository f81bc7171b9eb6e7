import { randomBytes, timingSafeEqual } from 'node:crypto';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Models } from '../models/index.ts';
import { randomAlphanumeric } from '../services/random.ts';
import type { Role } from './access.ts';
import { sha256 } from './auth.ts';
import { MAX_PASSWORD, verifyPassword } from './passwords.ts';
import type { SessionService, SignedIn } from './sessions.ts';

/** An invitation is for someone told about it this week. */
export const INVITATION_MS = 7 * 86_400_000;
const CODE = /^([A-Za-z0-9]{16})\.([A-Za-z0-9_-]{43})$/;

export interface Member {
  readonly user: { readonly id: string; readonly email: string };
  readonly role: Role;
  /** Null: a role on every survey. */
  readonly surveyId: string | null;
}

/** The pending invitation a link's code names: NOT_FOUND when unknown, used, revoked, expired or forged. */
async function pending(models: Models, code: string) {
  const [, id, secret] = CODE.exec(code) ?? [];
  const invitation = id && secret ? await models.Invitation.findById(id).lean() : null;
  const valid =
    invitation &&
    secret &&
    timingSafeEqual(sha256(secret), Buffer.from(invitation.secretSha256, 'hex')) &&
    invitation.expiresAt.getTime() > Date.now();
  if (!valid)
    throw new NotFoundError('This invitation is unknown, used, revoked or expired: ask for a new one.');
  return invitation;
}

/** The people with a role on the survey, and the owners of every survey. */
async function members(models: Models, surveyId: string): Promise<Member[]> {
  const memberships = await models.Membership.find({ survey: { $in: [surveyId, '*'] } }).lean();
  const users = await models.User.find({ _id: { $in: memberships.map((m) => m.user) } }, { email: 1 }).lean();
  const emails = new Map(users.map((user) => [user._id, user.email]));
  return memberships
    .flatMap((m) => {
      const email = emails.get(m.user);
      return email
        ? [
            {
              user: { id: m.user, email },
              role: m.role as Role,
              surveyId: m.survey === '*' ? null : m.survey,
            },
          ]
        : [];
    })
    .sort((a, b) => a.user.email.localeCompare(b.user.email));
}

/**
 * Who works on a survey, and how they join: an owner invites an email address with a role and gives the person the
 * link (we send no mail); the person chooses a password (or gives theirs, with an account already) and has that role.
 * Roles are changed or taken away by an owner, never their own.
 */
export function createPeople(models: Models, sessions: SessionService) {
  return {
    /** The people with a role on the survey, and the owners of every survey. */
    members: (surveyId: string) => members(models, surveyId),

    /** The survey's invitations not yet accepted, revoked or expired, newest first. */
    invitations: (surveyId: string) =>
      models.Invitation.find({ survey: surveyId, expiresAt: { $gt: new Date() } }).sort({ createdAt: -1 }),

    /** Invites an email address to a survey with a role; the code (for the link) exists only in the answer. */
    async invite(surveyId: string, email: string, role: Role, by: string) {
      const id = randomAlphanumeric(16);
      const secret = randomBytes(32).toString('base64url');
      const invitation = new models.Invitation({
        _id: id,
        secretSha256: sha256(secret).toString('hex'),
        email,
        survey: surveyId,
        role,
        invitedBy: by,
        expiresAt: new Date(Date.now() + INVITATION_MS),
      });
      await invitation.validate().catch(() => {
        throw new BadUserInputError(`"${email.slice(0, 100)}" is not an email address.`, 'email');
      });
      await invitation.save();
      return { invitation, code: `${id}.${secret}` };
    },

    /** The survey an invitation is for (NOT_FOUND when there is none pending). */
    async surveyOfInvitation(id: string): Promise<string> {
      const invitation = await models.Invitation.findById(id, { survey: 1 }).lean();
      if (!invitation) throw new NotFoundError(`No pending invitation ${id.slice(0, 40)}.`);
      return invitation.survey;
    },

    async revoke(id: string): Promise<boolean> {
      return (await models.Invitation.deleteOne({ _id: { $eq: id } })).deletedCount > 0;
    },

    /** What an invitation's link offers, for the page that accepts it: who, which survey, which role. */
    async preview(code: string) {
      const invitation = await pending(models, code);
      const survey = await models.Survey.findById(invitation.survey, { brand: 1 }).lean();
      if (!survey) throw new NotFoundError('The survey of this invitation no longer exists.');
      const account = await models.User.exists({ email: { $eq: invitation.email } });
      return {
        email: invitation.email,
        role: invitation.role as Role,
        brand: survey.brand,
        hasAccount: Boolean(account),
      };
    },

    /**
     * Accepts an invitation, once: a new account with `password`, or, for an address with one, after checking its
     * password; the role is given (replacing one the person had on the survey) and the person is signed in.
     */
    async accept(
      code: string,
      password: string,
    ): Promise<{ signedIn: SignedIn; survey: string; role: Role }> {
      const invitation = await pending(models, code);
      const existing = await models.User.findOne({ email: { $eq: invitation.email } }).lean();
      if (existing && !(await verifyPassword(password.slice(0, MAX_PASSWORD), existing.passwordHash))) {
        throw new UnauthenticatedError('Wrong password for the account of this invitation’s email address.');
      }
      const user = existing ?? (await sessions.newUser(invitation.email, password));
      // The one request whose delete removes the invitation uses it, whichever instance it reaches.
      if ((await models.Invitation.deleteOne({ _id: { $eq: invitation._id } })).deletedCount !== 1) {
        throw new NotFoundError('This invitation was used meanwhile.');
      }
      if (!existing && 'save' in user) await user.save();
      await models.Membership.updateOne(
        { _id: `${user._id}:${invitation.survey}` },
        { $set: { user: user._id, survey: invitation.survey, role: invitation.role } },
        { upsert: true },
      );
      const signedIn = await sessions.begin({ _id: user._id, email: user.email });
      return { signedIn, survey: invitation.survey, role: invitation.role as Role };
    },

    /** Gives a person another role on a survey, or none (`null`); never one's own. */
    async setRole(surveyId: string, userId: string, role: Role | null, by: string): Promise<void> {
      if (userId === by) throw new ForbiddenError('Your own role is changed by another owner.');
      const _id = `${userId}:${surveyId}`;
      if (!(await models.Membership.exists({ _id: { $eq: _id } }))) {
        throw new NotFoundError('This person has no role of their own on this survey.');
      }
      if (role === null) await models.Membership.deleteOne({ _id: { $eq: _id } });
      else await models.Membership.updateOne({ _id: { $eq: _id } }, { $set: { role } });
    },
  };
}

export type PeopleService = ReturnType<typeof createPeople>;
