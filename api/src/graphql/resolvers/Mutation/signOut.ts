import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const signOut: NonNullable<MutationResolvers['signOut']> = async (
  _parent,
  _args,
  { auth, services, session },
) => {
  session.clear();
  return auth.kind === 'person' ? services.sessions.signOut(auth.sessionId) : false;
};
