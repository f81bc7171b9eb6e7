import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';

it('without Go and without MONGODB_URI, exits non-zero and says how to get either', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'nps-no-go-'));
  try {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, 'main.ts')], {
      // Only node on PATH, and a tools folder where no FerretDB was built yet.
      env: { PATH: dirname(process.execPath), NPS_TOOLS_DIR: empty, NPS_DATA_DIR: empty, PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MONGODB_URI is not set');
    expect(result.stderr).toContain('Go is not installed');
    expect(result.stderr).toContain('MONGODB_URI=mongodb://');
    expect(result.stderr).toContain('install Go');
    // The message is the whole story: no stack trace.
    expect(result.stderr).not.toMatch(/^\s+at /m);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});
