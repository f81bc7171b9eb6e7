import { exportDatabase } from '../backup/backup.ts';
import { runTool } from './run-tool.ts';

/**
 * `pnpm db:export DIR`: every answer, survey, token (as stored: hashed) and follow-up of the database the API uses,
 * as NDJSON with a manifest, while the API keeps running.
 */
await runTool('db:export', 'pnpm db:export DIR', async (db, dir, log) => {
  const manifest = await exportDatabase(db.connection, dir, log);
  const total = Object.values(manifest.collections).reduce((sum, c) => sum + c.documents, 0);
  log(`${total} document(s) written to ${dir}`);
});
