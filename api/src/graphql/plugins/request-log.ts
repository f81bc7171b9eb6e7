import type { ApolloServerPlugin } from '@apollo/server';
import { type Log, setOperation } from '../../logging.ts';
import type { Context } from '../context.ts';

/**
 * Names each operation for its request's access line (`http/server.ts`), and logs the operations that fail
 * unexpectedly (level error, with the stack) or run slowly (level warn), by name and with their duration; client
 * mistakes are not logged.
 */
export function requestLog(log: Log, slowMs = 1_000): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = 'anonymous operation';
      return {
        async didResolveOperation({ operationName, operation: document }) {
          operation = `${document?.operation ?? 'operation'} ${operationName ?? '(anonymous)'}`;
          setOperation(operation);
        },
        async willSendResponse({ errors }) {
          const ms = Math.round(performance.now() - started);
          const unexpected = errors?.filter(
            (e) => !e.extensions['code'] || e.extensions['code'] === 'INTERNAL_SERVER_ERROR',
          );
          for (const error of unexpected ?? []) {
            log(
              `${operation} failed after ${ms} ms: ${error.originalError?.stack ?? error.message}`,
              'error',
              {
                operation,
                ms,
              },
            );
          }
          if (ms >= slowMs) log(`${operation} took ${ms} ms (slow)`, 'warn', { operation, ms });
        },
      };
    },
  };
}
