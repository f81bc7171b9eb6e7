import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { StartupError } from './errors.ts';

/**
 * The admin token: NPS_ADMIN_TOKEN when set (at least 24 characters), else one generated on the first start and
 * kept, readable by this user only, in the data folder, so that it survives restarts and is never printed.
 */
export async function loadAdminToken(
  config: Pick<Config, 'adminToken' | 'dataDir'>,
): Promise<{ token: string; source: string }> {
  if (config.adminToken !== undefined) {
    if (config.adminToken.length < 24)
      throw new StartupError('NPS_ADMIN_TOKEN must be at least 24 characters.');
    return { token: config.adminToken, source: 'NPS_ADMIN_TOKEN' };
  }
  const file = join(config.dataDir, 'admin-token');
  try {
    return { token: (await readFile(file, 'utf8')).trim(), source: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, source: file };
}
