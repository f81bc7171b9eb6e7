import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const health: NonNullable<QueryResolvers['health']> = async (_parent, _args, { db }) => ({
  database: await db.ping(),
});
