import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Error as MongooseError } from 'mongoose';
import type { ErrorCode } from './__generated__/resolvers-types.ts';

/** An error a client can act on: its `extensions.code` is one of the SDL's `ErrorCode` values. */
abstract class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
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

export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
  constructor(message: string, retryAfterSeconds: number) {
    // `http` is read (and removed from the response) by Apollo: a 429 with Retry-After, as HTTP clients expect.
    super(message, 'RATE_LIMITED', {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
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
