import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Context } from '../context.ts';

/**
 * `Cache-Control: max-age=N, public` on a query whose every root field said it may be cached publicly (through
 * `context.publicCache`), for the shortest of their times; nothing on any other response. Apollo's own cache-control
 * plugin, installed by default and disabled in `apollo.ts`, does this by hooking every field's resolution, which
 * doubled the cost of a large NPS report; this costs nothing per field.
 */
export function publicCache(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, errors, response }) {
          if (errors?.length || operation?.operation !== 'query') return;
          let maxAge = Number.POSITIVE_INFINITY;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD) return;
            const seconds = contextValue.publicCache.get(selection.alias?.value ?? selection.name.value);
            if (seconds === undefined) return;
            maxAge = Math.min(maxAge, seconds);
          }
          response.http.headers.set('cache-control', `max-age=${maxAge}, public`);
        },
      };
    },
  };
}
