import { ApolloServer } from '@apollo/server';
import { typeDefs } from '@nps/schema';
import type { Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';

export interface ApolloOptions {
  /** Introspection and the landing page's IDE are for development; production keeps them off. */
  readonly development: boolean;
}

export function createApollo({ development }: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: development,
    // main.ts owns shutdown: it drains HTTP, then stops Apollo, then the database, in that order.
    stopOnTerminationSignals: false,
  });
}
