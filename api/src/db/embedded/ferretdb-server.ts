import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose from 'mongoose';
import { StartupError } from '../../errors.ts';
import type { Log } from '../../logging.ts';

export interface FerretDBOptions {
  /** The FerretDB executable (see `ensureFerretDB`). */
  readonly binary: string;
  /** Folder for the SQLite files, the log and the state file; created when missing. */
  readonly dataDir: string;
  /** Loopback port to listen on; a free one when undefined. */
  readonly port?: number | undefined;
  readonly log: Log;
}

export interface RunningFerretDB {
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** How many times it was started again after dying (a supervised server's). */
  readonly restarts?: number;
  /** Stops the server (SIGTERM, then SIGKILL if it lingers) and forgets it. */
  stop(): Promise<void>;
}

/** What we remember about a server we started, so that a start after a crash can find it again. */
interface ServerState {
  readonly pid: number;
  readonly port: number;
}

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts FerretDB on SQLite, or adopts the one a previous run of the API left behind (after a `kill -9` the
 * database, started in its own process group, keeps running: reusing it is faster and loses nothing).
 */
export async function startFerretDB(options: FerretDBOptions): Promise<RunningFerretDB> {
  const { dataDir, log } = options;
  const sqliteDir = join(dataDir, 'sqlite');
  const stateFile = join(dataDir, 'server.json');
  await prepareDataDir(dataDir, sqliteDir);

  const leftover = await readState(stateFile);
  if (leftover && isOurServer(leftover.pid, options)) {
    const portMatches = options.port === undefined || options.port === leftover.port;
    if (portMatches && (await answersPing(leftover.port))) {
      log(`reusing FerretDB (pid ${leftover.pid}) left running by a previous start`);
      return running(leftover, stateFile);
    }
    // It does not answer (or listens on another port than asked): it cannot shut down in order, and SQLite's
    // write-ahead log makes a kill safe for what it had committed.
    log(`replacing FerretDB (pid ${leftover.pid}) left by a previous start`);
    signal(leftover.pid, 'SIGKILL');
    await exits(leftover.pid, 2_000);
  }
  await rm(stateFile, { force: true });

  // A free port found here can be taken before FerretDB binds it; only then is another try worth it.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    if (options.port !== undefined) await assertPortFree(port);
    try {
      const state = await spawnServer(options, sqliteDir, port);
      await writeFile(stateFile, JSON.stringify(state));
      return running(state, stateFile);
    } catch (error) {
      const portTaken = error instanceof StartupError && /address already in use/.test(error.message);
      if (!portTaken || options.port !== undefined || attempt === 3) throw error;
    }
  }
}

async function prepareDataDir(dataDir: string, sqliteDir: string): Promise<void> {
  try {
    await mkdir(sqliteDir, { recursive: true });
    const probe = join(dataDir, '.write-test');
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StartupError(
      `The database folder ${dataDir} is not writable (${code}). Make it writable, or choose another with NPS_DATA_DIR.`,
    );
  }
}

async function spawnServer(options: FerretDBOptions, sqliteDir: string, port: number): Promise<ServerState> {
  const logFile = join(options.dataDir, 'ferretdb.log');
  const out = openSync(logFile, 'a');
  // WAL with synchronous=FULL: every commit is fsynced before FerretDB acknowledges it, so an acknowledged answer
  // survives a kill -9 of either process and also a power cut (NORMAL would survive only the former).
  const sqliteUrl = `file:${encodeURI(sqliteDir)}/?_pragma=busy_timeout(10000)&_pragma=journal_mode(wal)&_pragma=synchronous(full)`;
  const child = spawn(
    options.binary,
    [
      '--handler=sqlite',
      `--sqlite-url=${sqliteUrl}`,
      `--listen-addr=${HOST}:${port}`,
      `--state-dir=${options.dataDir}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    // Its own process group: a Ctrl-C reaches only the API, which then stops the database in order.
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, DO_NOT_TRACK: '1' } },
  );
  closeSync(out);

  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = signal ? `signal ${signal}` : `code ${code}`;
  });
  child.once('error', (error) => {
    exited = error.message;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await accepts(port))) {
    if (exited !== undefined) {
      const tail = (await readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join('\n');
      throw new StartupError(`FerretDB exited at start (${exited}); the end of ${logFile}:\n${tail}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new StartupError(
        `FerretDB did not accept connections on ${HOST}:${port} within ${READY_TIMEOUT_MS} ms.`,
      );
    }
    await sleep(50);
  }
  child.unref();
  if (child.pid === undefined) throw new StartupError('FerretDB started without a process id.');
  options.log(`FerretDB started on ${HOST}:${port} (pid ${child.pid}, data in ${sqliteDir})`);
  return { pid: child.pid, port };
}

function running(state: ServerState, stateFile: string): RunningFerretDB {
  return {
    uri: `mongodb://${HOST}:${state.port}/`,
    port: state.port,
    pid: state.pid,
    async stop() {
      await terminate(state.pid);
      await rm(stateFile, { force: true });
    },
  };
}

async function readState(stateFile: string): Promise<ServerState | undefined> {
  try {
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as Partial<ServerState>;
    return Number.isInteger(state.pid) && Number.isInteger(state.port) ? (state as ServerState) : undefined;
  } catch {
    return undefined;
  }
}

/** The pid is alive and runs our binary on our data folder: not some unrelated process that reused the pid. */
function isOurServer(pid: number, { binary, dataDir }: FerretDBOptions): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return argv[0] === binary && argv.includes(`--state-dir=${dataDir}`);
  } catch {
    return false;
  }
}

async function terminate(pid: number): Promise<void> {
  if (!signal(pid, 'SIGTERM')) return;
  if (await exits(pid, STOP_TIMEOUT_MS)) return;
  signal(pid, 'SIGKILL');
  await exits(pid, 2_000);
}

async function exits(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (signal(pid, 0)) {
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/** Whether a process of this pid runs (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  return signal(pid, 0);
}

function signal(pid: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

/** A MongoDB-level ping: a hung server still completes TCP handshakes, so a connect alone proves nothing. */
async function answersPing(port: number): Promise<boolean> {
  const client = new mongoose.mongo.MongoClient(`mongodb://${HOST}:${port}/`, {
    serverSelectionTimeoutMS: 1_000,
    connectTimeoutMS: 1_000,
    socketTimeoutMS: 1_000,
  });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close(true).catch(() => {});
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          `FERRETDB_PORT ${port} cannot be used (${error.code}): another process listens there. Choose another port, or unset FERRETDB_PORT to use a free one.`,
        ),
      ),
    );
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}
