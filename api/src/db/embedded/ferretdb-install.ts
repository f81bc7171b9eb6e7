import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../../errors.ts';

const run = promisify(execFile);

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.0';
/**
 * Our patches on the pinned source, applied in turn:
 * - `ferretdb-id-index.patch`: its SQLite backend answers `_id` filters through the `_id` index, which upstream
 *   creates but never uses;
 * - `ferretdb-batch-writes.patch`: the writes of one command in one SQLite transaction (each is a sync to disk),
 *   where upstream makes one a document: an update command's statements that each update one document by `_id` (a
 *   writer step's 16 comment changes, 15-20 ms, took 8-10 ms with it), and an unordered insert refused for a taken
 *   `_id`, inserted again without the documents whose `_id` is taken (40 answers with one taken, 19-32 ms upstream).
 *
 * The build's number is part of the binary's folder name, so that a checkout holding an older build builds once more.
 */
const PATCHES = ['ferretdb-id-index.patch', 'ferretdb-batch-writes.patch'];
const BUILD = `${FERRETDB_VERSION}-nps3`;

/** Where the pinned FerretDB binary lives under the project's tools folder. */
export function ferretdbBinary(toolsDir: string): string {
  return join(toolsDir, `ferretdb-${BUILD}`, 'ferretdb');
}

export const NO_DATABASE_MESSAGE = `No database to use: MONGODB_URI is not set, and the embedded FerretDB ${FERRETDB_VERSION} is not built yet
and cannot be, because Go is not installed (no \`go\` on PATH). Either
  - point the API at a MongoDB-compatible server: MONGODB_URI=mongodb://127.0.0.1:27017/nps, or
  - install Go 1.22 or newer (https://go.dev/doc/install, or your system's package, e.g. \`apt-get install golang\`)
    and start again: the first start builds FerretDB into .tools/ once, in about a minute.`;

/**
 * Returns the path of the pinned FerretDB binary, building it first if needed.
 *
 * Why not a plain `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.0`: a binary built that way panics
 * at start, because FerretDB 1.x reads its version from a generated `build/version/version.txt` that the module
 * zip does not carry (upstream FerretDB#2982). So we take the same pinned module from the Go module proxy
 * (`go mod download`, checksum-verified against the Go checksum database), copy its source, write that one file,
 * apply our patches, and `go install` its `cmd/ferretdb` with the module's own go.sum. Each build goes to a private
 * folder that is renamed into place at the end, so concurrent first starts cannot leave a half-written binary.
 */
export async function ensureFerretDB(toolsDir: string, log: (line: string) => void): Promise<string> {
  const binary = ferretdbBinary(toolsDir);
  if (await isExecutable(binary)) return binary;

  const go = await findGo();
  log(`building FerretDB ${BUILD} with ${go} (once; about a minute)...`);
  await mkdir(toolsDir, { recursive: true });
  const work = await mkdtemp(join(toolsDir, '.ferretdb-build-'));
  try {
    const src = await preparePatchedSource(work);
    await run('go', ['install', '-trimpath', './cmd/ferretdb'], {
      cwd: src,
      env: { ...process.env, GOFLAGS: GO_FLAGS, GOBIN: join(work, 'bin') },
      maxBuffer: 16 * 1024 * 1024,
    });
    await mkdir(join(work, 'out'));
    await rename(join(work, 'bin', 'ferretdb'), join(work, 'out', 'ferretdb'));
    await rm(join(binary, '..'), { recursive: true, force: true });
    await rename(join(work, 'out'), join(binary, '..'));
  } catch (error) {
    throw new StartupError(`Building FerretDB ${FERRETDB_VERSION} failed: ${describe(error)}`);
  } finally {
    await makeWritable(work).catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
  log(`FerretDB ${BUILD} built: ${binary}`);
  return binary;
}

const GO_FLAGS = '-buildvcs=false -mod=readonly';

/**
 * Lays the pinned module's source, with its version file and our patches, in `work/src`, and returns that folder.
 * A patch that no longer applies fails the build rather than building FerretDB without it.
 */
export async function preparePatchedSource(work: string): Promise<string> {
  const env = { ...process.env, GOFLAGS: GO_FLAGS };
  const { stdout } = await run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
    env,
  });
  const { Dir: moduleDir } = JSON.parse(stdout) as { Dir: string };
  const src = join(work, 'src');
  await cp(moduleDir, src, { recursive: true });
  await makeWritable(src);
  await writeFile(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  // The ceiling keeps git from finding the project's own repository around `work` (git would then apply the
  // patch relative to that repository's root, and skip it).
  for (const patch of PATCHES) {
    await run('git', ['apply', '--whitespace=nowarn', join(import.meta.dirname, patch)], {
      cwd: src,
      env: { ...process.env, GIT_CEILING_DIRECTORIES: work },
    });
  }
  return src;
}

async function findGo(): Promise<string> {
  try {
    const { stdout } = await run('go', ['env', 'GOVERSION']);
    return stdout.trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StartupError(NO_DATABASE_MESSAGE);
    throw new StartupError(`\`go env GOVERSION\` failed: ${describe(error)}`);
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The module cache is read-only; the copy must not be, or we could neither patch nor delete it. */
async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}

function describe(error: unknown): string {
  const { stderr, message } = error as { stderr?: string; message?: string };
  return (stderr?.trim() || message || String(error)).split('\n').slice(-20).join('\n');
}
