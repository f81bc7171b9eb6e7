import type { Context } from '../../context.ts';

export async function health(_parent: unknown, _args: unknown, { db }: Context) {
  return { database: await db.ping() };
}
