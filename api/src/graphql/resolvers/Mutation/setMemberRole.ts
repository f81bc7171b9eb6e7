import { actor, authorize } from '../../../auth/auth.ts';
import type { MutationResolvers } from '../../__generated__/resolvers-types.ts';
import { fromSchemaRole } from '../roles.ts';

export const setMemberRole: NonNullable<MutationResolvers['setMemberRole']> = async (
  _parent,
  { surveyId, userId, role },
  { auth, services },
) => {
  authorize(auth, 'setMemberRole', surveyId);
  const by = auth.kind === 'person' ? auth.userId : 'admin';
  await services.people.setRole(surveyId, userId, role ? fromSchemaRole(role) : null, by);
  const person = await services.sessions.me(userId);
  await services.audit.record(
    surveyId,
    actor(auth),
    'ROLE_CHANGED',
    `${person?.email ?? userId}: ${role ?? '-'}`,
  );
  return true;
};
