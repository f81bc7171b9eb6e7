import type { Role } from '@nps/schema/types';
import type { Role as StoredRole } from '../../auth/access.ts';

/** The schema's names of the roles, and back: the table of rights names them in lower case. */
export const toSchemaRole = (role: StoredRole): Role => role.toUpperCase() as Role;
export const fromSchemaRole = (role: Role): StoredRole => role.toLowerCase() as StoredRole;
