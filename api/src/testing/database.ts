import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../db/database.ts';

/**
 * A fresh, empty database on the run's shared server, dropped by `close()`. Test files run in parallel, each in
 * databases of its own; `name` (the file's) makes a leftover easy to place.
 */
export async function openTestDatabase(name: string): Promise<Database> {
  const db = await connectDatabase(inject('mongodbUri'), `test_${name}_${randomUUID().slice(0, 8)}`);
  return {
    ...db,
    async close() {
      await db.connection.dropDatabase();
      await db.close();
    },
  };
}
