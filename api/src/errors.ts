import type { ErrorCode } from '@nps/schema/types';
import { Error as MongooseError } from 'mongoose';

/**
 * A problem the operator must fix before the API can run (configuration, database, ports).
 * `main` prints its message alone, without a stack trace, and exits non-zero: the message is the whole story.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * An error a client can act on, whoever called (a resolver, a job, a command-line tool): `extensions.code` is one of
 * the SDL's `ErrorCode` values. Thrown in a resolver, it reaches the client as it is: graphql-js copies an error's
 * `extensions` onto the error it reports.
 */
export abstract class ApiError extends Error {
  readonly extensions: Readonly<Record<string, unknown>> & { readonly code: ErrorCode };

  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message);
    this.extensions = { ...extensions, code };
  }
}

export class BadUserInputError extends ApiError {
  override name = 'BadUserInputError';
  /** `field` is the input field at fault, as the client named it (e.g. `score`, `attributes`). */
  constructor(message: string, field: string) {
    super(message, 'BAD_USER_INPUT', { field });
  }
}

export class UnauthenticatedError extends ApiError {
  override name = 'UnauthenticatedError';
  constructor(message = 'This operation needs `Authorization: Bearer <token>` with a valid token.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** A change made on a stale copy: `changed` names the fields changed since that copy's version. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
  constructor(message: string, changed: readonly string[], version: number) {
    super(message, 'CONFLICT', { changed, version });
  }
}

/** Too many requests: `retryAfterSeconds` says when to try again (over HTTP, a 429 with Retry-After). */
export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}

/** A model's validation failure as the client's error: the first failing field, named as in the input. */
export function fromValidationError(
  error: unknown,
  fieldNames: Readonly<Record<string, string>> = {},
): never {
  if (error instanceof MongooseError.ValidationError) {
    const [path, detail] = Object.entries(error.errors)[0] ?? ['input', { message: error.message }];
    const root = path.split('.')[0] ?? path;
    const field = fieldNames[root] ?? root;
    const message = detail.message.startsWith('Path') ? detail.message : `${field} ${detail.message}`;
    throw new BadUserInputError(
      message.replace(/^Path `([^`]+)`/, (_, p: string) => fieldNames[p] ?? p),
      field,
    );
  }
  if (error instanceof MongooseError.StrictModeError) {
    throw new BadUserInputError(error.message, error.path);
  }
  throw error;
}
