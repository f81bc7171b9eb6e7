import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const signIn: NonNullable<MutationResolvers['signIn']> = (_parent, { code }, { services }) =>
  services.sessions.signIn(code);
