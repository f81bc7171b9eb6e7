import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const signOut: NonNullable<MutationResolvers['signOut']> = (_parent, _args, { auth, services }) =>
  services.sessions.signOut(auth);
