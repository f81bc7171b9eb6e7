import { requireAdmin } from '../../../services/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { NotFoundError } from '../../errors.ts';

export const revokeReadToken: NonNullable<MutationResolvers['revokeReadToken']> = async (
  _parent,
  { id },
  { auth, models },
) => {
  requireAdmin(auth);
  const revoked = await models.Token.findOneAndUpdate(
    { _id: { $eq: id }, revokedAt: null },
    { $set: { revokedAt: new Date() } },
  );
  if (!revoked) throw new NotFoundError(`No active token ${id.slice(0, 40)}.`);
  return true;
};
