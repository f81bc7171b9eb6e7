import { GraphQLError } from 'graphql';
import type { ApiError } from '../errors.ts';

/**
 * An `ApiError` where the GraphQL layer must throw a `GraphQLError` itself (a plugin: Apollo keeps the code of those
 * alone; in a resolver graphql-js does this).
 */
export function graphqlError(error: ApiError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions, originalError: error });
}
