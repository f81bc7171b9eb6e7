import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';

export const setUpFirstOwner: NonNullable<MutationResolvers['setUpFirstOwner']> = async (
  _parent,
  { code, email, password },
  { services, session },
) => {
  const signedIn = await services.sessions.setUp(code, email, password);
  session.set(signedIn.token, signedIn.maxAgeSeconds);
  return signedIn.user;
};
