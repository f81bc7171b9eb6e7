import { authorize } from '../../../auth/auth.ts';
import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';
import { toSchemaRole } from '../roles.ts';

export const members: NonNullable<QueryResolvers['members']> = async (
  _parent,
  { surveyId },
  { auth, services },
) => {
  authorize(auth, 'members', surveyId);
  await services.surveys.idOf(surveyId);
  return (await services.people.members(surveyId)).map((member) => ({
    ...member,
    role: toSchemaRole(member.role),
  }));
};
