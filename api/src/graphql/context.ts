import type { Database } from '../db/database.ts';

/** What every resolver receives, built once per request by the HTTP layer. */
export interface Context {
  readonly db: Database;
}
