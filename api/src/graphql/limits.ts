import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ErrorCode } from '@nps/schema/types';
import { GraphQLError, type ValidationContext } from 'graphql';

export interface OperationLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
}

/** The dashboard's deepest query (nps → segments → score → field) is 4; these leave room and stop abuse. */
export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 8, maxAliases: 15, maxCost: 5_000 };

export const TOO_COMPLEX: ErrorCode = 'QUERY_TOO_COMPLEX';

/** Reports a rejected operation with our own code (Apollo sends validation errors with a 400 status). */
const onReject = [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message, { extensions: { code: TOO_COMPLEX } })),
];

/** Validation rules that refuse too deep, too aliased or too costly operations before anything runs. */
export function operationLimitRules({ maxDepth, maxAliases, maxCost }: OperationLimits) {
  return [
    maxDepthRule({ n: maxDepth, onReject, propagateOnRejection: false }),
    maxAliasesRule({ n: maxAliases, onReject, propagateOnRejection: false }),
    costLimitRule({ maxCost, onReject, propagateOnRejection: false }),
  ];
}
