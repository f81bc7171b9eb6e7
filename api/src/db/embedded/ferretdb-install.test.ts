import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { preparePatchedSource } from './ferretdb-install.ts';

const run = promisify(execFile);
const work = await mkdtemp(join(tmpdir(), 'nps-ferretdb-source-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('our patch of FerretDB', () => {
  it("applies to the pinned source, which then passes FerretDB's own SQLite backend tests and ours", async () => {
    const src = await preparePatchedSource(work);
    // FerretDB's test helpers find the repository's root by its `.git`, which the module zip does not carry.
    await mkdir(join(src, '.git'));
    const { stdout } = await run('go', ['test', '-count=1', './internal/backends/sqlite/...'], {
      cwd: src,
      env: { ...process.env, GOFLAGS: '-buildvcs=false -mod=readonly' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toMatch(/^ok\s+github\.com\/FerretDB\/FerretDB\/internal\/backends\/sqlite\s/m);
    expect(stdout).not.toMatch(/^FAIL/m);
    const { stdout: ours } = await run('go', ['test', '-count=1', '-run', 'TestIDIndexPushdown', '-v', '.'], {
      cwd: join(src, 'internal', 'backends', 'sqlite'),
      env: { ...process.env, GOFLAGS: '-buildvcs=false -mod=readonly' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(ours).toMatch(/^--- PASS: TestIDIndexPushdown/m);
  }, 600_000);
});
