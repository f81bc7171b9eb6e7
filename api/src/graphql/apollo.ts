import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { typeDefs } from '@nps/schema';
import type { GraphQLError } from 'graphql';
import type { Log } from '../logging.ts';
import type { Context } from './context.ts';
import { DEFAULT_LIMITS, type OperationLimits, operationLimitRules, TOO_COMPLEX } from './limits.ts';
import { introspectionGate } from './plugins/introspection-gate.ts';
import { publicCache } from './plugins/public-cache.ts';
import { rateLimitedStatus } from './plugins/rate-limited.ts';
import { requestLog } from './plugins/request-log.ts';
import { resolvers } from './resolvers/index.ts';

export interface ApolloOptions {
  readonly limits?: OperationLimits;
  readonly log: Log;
}

export function createApollo({ limits = DEFAULT_LIMITS, log }: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // Gated per request by `introspectionGate`: the admin token opens it in production too.
    introspection: true,
    validationRules: operationLimitRules(limits),
    plugins: [
      introspectionGate(),
      publicCache(),
      rateLimitedStatus(),
      requestLog(log),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads its IDE from a CDN: in development `/graphql` serves ours (`http/ide-page.ts`).
      ApolloServerPluginLandingPageDisabled(),
    ],
    // Never to a client, in development neither (anyone may reach a development server): the log has them.
    includeStacktraceInErrorResponses: false,
    formatError(formatted, error) {
      // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; the limits deserve their own code.
      // (Read by shape: graphql's CJS and ESM builds each have a GraphQLError class.)
      const original = (error as Partial<GraphQLError> | undefined)?.originalError as
        | Partial<GraphQLError>
        | undefined;
      if (original?.extensions?.['code'] === TOO_COMPLEX) {
        return { ...formatted, extensions: { ...formatted.extensions, code: TOO_COMPLEX } };
      }
      // An unexpected failure's message may name database internals: clients get a generic one.
      if (formatted.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') {
        return { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
    // main.ts owns shutdown: it drains HTTP, then stops Apollo, then the database, in that order.
    stopOnTerminationSignals: false,
  });
}
