import { importDatabase } from '../backup/backup.ts';
import { runTool } from './run-tool.ts';

/**
 * `pnpm db:import DIR [--replace]`: loads a `db:export` backup into the database `MONGODB_URI` names (or the
 * embedded one), refusing one that holds data unless `--replace`, then rebuilds and checks the counts.
 */
await runTool('db:import', 'pnpm db:import DIR [--replace]', async (db, dir, log, { replace = false }) => {
  const imported = await importDatabase(db.connection, dir, { replace, secondaryIndexes: !db.ferretdb }, log);
  log(
    `${imported.surveys} survey(s), ${imported.responses} answer(s) imported; every survey's counts equal its answers`,
  );
});
