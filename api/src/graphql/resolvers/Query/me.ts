import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';

export const me: NonNullable<QueryResolvers['me']> = (_parent, _args, { auth, services }) =>
  auth.kind === 'person' ? services.sessions.me(auth.userId) : null;
