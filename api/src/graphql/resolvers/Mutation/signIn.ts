import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const signIn: NonNullable<MutationResolvers['signIn']> = async (
  _parent,
  { email, password },
  { services, request, session },
) => {
  const signedIn = await services.sessions.signIn(email, password, request.ip);
  session.set(signedIn.token, signedIn.maxAgeSeconds);
  return signedIn.user;
};
