import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.ts';
import { ensureFerretDB } from '../db/embedded/ferretdb-install.ts';
import { startFerretDB } from '../db/embedded/ferretdb-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server every test file shares; each file makes its own databases on it. */
    mongodbUri: string;
    /** The FerretDB executable, for tests that run servers of their own. */
    ferretdbBinary: string;
  }
}

/**
 * One database server for the whole run: MONGODB_URI when set, else an embedded FerretDB whose files live in a
 * temporary folder, so that tests never see the development data and leave nothing behind.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const log = (line: string) => console.info(`[test db] ${line}`);
  const binary = await ensureFerretDB(config.toolsDir, log);
  project.provide('ferretdbBinary', binary);
  if (config.mongodbUri) {
    project.provide('mongodbUri', config.mongodbUri);
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'nps-test-db-'));
  const server = await startFerretDB({ binary, dataDir, log });
  project.provide('mongodbUri', server.uri);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
