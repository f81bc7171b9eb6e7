import type { QueryResolvers } from '../../__generated__/resolvers-types.ts';
import { toSchemaRole } from '../roles.ts';

export const invitation: NonNullable<QueryResolvers['invitation']> = async (
  _parent,
  { code },
  { services },
) => {
  const preview = await services.people.preview(code);
  return { ...preview, role: toSchemaRole(preview.role) };
};
