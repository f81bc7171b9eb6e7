import type { Role as StoredRole } from '../../services/access.ts';
import type { Role } from '../__generated__/resolvers-types.ts';

/** The schema's names of the roles, and back: the table of rights names them in lower case. */
export const toSchemaRole = (role: StoredRole): Role => role.toUpperCase() as Role;
export const fromSchemaRole = (role: Role): StoredRole => role.toLowerCase() as StoredRole;
