import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StartupError } from '../../errors.ts';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid runs Node on the API's entry point: not some unrelated process that reused the pid. */
function isApi(pid: number): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return argv.some((arg) => arg.endsWith('main.ts'));
  } catch {
    return running(pid);
  }
}

/**
 * Makes this process the one API that runs the embedded database of `dataDir`: a second start on the same folder
 * is refused before it touches the database the first one runs. A lock left by a killed API is taken over.
 * Resolves to the function that lets go of it.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'api.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600);
      await file.writeFile(String(process.pid));
      await file.close();
      return async () => {
        const owner = await readFile(path, 'utf8').catch(() => '');
        if (owner === String(process.pid)) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(await readFile(path, 'utf8').catch(() => ''));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isApi(pid)) {
      throw new StartupError(
        `Another API (pid ${pid}) is running on the data folder ${dataDir}: stop it first, or set NPS_DATA_DIR (or MONGODB_URI to share a database between instances).`,
      );
    }
    await rm(path, { force: true });
  }
  throw new StartupError(`Could not lock the data folder ${dataDir}: another start is taking it.`);
}
