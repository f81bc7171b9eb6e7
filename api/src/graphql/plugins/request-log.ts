import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';

/** Logs operations that fail unexpectedly or run slowly, with their duration; client mistakes are not logged. */
export function requestLog(log: (line: string) => void, slowMs = 1_000): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ errors }) {
          const ms = Math.round(performance.now() - started);
          const unexpected = errors?.filter(
            (e) => !e.extensions['code'] || e.extensions['code'] === 'INTERNAL_SERVER_ERROR',
          );
          for (const error of unexpected ?? []) {
            log(
              `${request.operationName ?? 'operation'} failed after ${ms} ms: ${error.originalError?.stack ?? error.message}`,
            );
          }
          if (ms >= slowMs) log(`${request.operationName ?? 'operation'} took ${ms} ms`);
        },
      };
    },
  };
}
