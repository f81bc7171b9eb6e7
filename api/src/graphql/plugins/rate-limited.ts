import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';

/** A `RATE_LIMITED` error is sent as HTTP clients expect it: a 429 with Retry-After. */
export function rateLimitedStatus(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const limited = errors?.find((error) => error.extensions['code'] === 'RATE_LIMITED');
          if (!limited) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(limited.extensions['retryAfterSeconds']));
        },
      };
    },
  };
}
