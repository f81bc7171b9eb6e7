import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type SelectionSetNode } from 'graphql';
import { ForbiddenError } from '../../errors.ts';
import type { Context } from '../context.ts';
import { graphqlError } from '../errors.ts';

function asksForSchema(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.some(
    (selection) =>
      (selection.kind === Kind.FIELD &&
        (selection.name.value === '__schema' || selection.name.value === '__type')) ||
      (selection.kind === Kind.INLINE_FRAGMENT && asksForSchema(selection.selectionSet)),
  );
}

/** Introspection for the admin and in development only: the public needs no map of the API. */
export function introspectionGate(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!operation || contextValue.development || contextValue.auth.kind === 'admin') return;
          if (asksForSchema(operation.selectionSet)) {
            throw graphqlError(
              new ForbiddenError('Introspection needs the admin token outside development.'),
            );
          }
        },
      };
    },
  };
}
