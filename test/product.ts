import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const main = resolve(import.meta.dirname, '../api/src/main.ts');

/** The API started as `pnpm start` starts it, in a process of its own, with its output collected. */
export interface Product {
  readonly process: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

export async function startProduct(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<Product> {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      MONGODB_URI: '',
      NPS_DATA_DIR: dataDir,
      PORT: String(port),
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = await Promise.race([
    new Promise<true>((done) =>
      child.stdout.on('data', () => output.includes('Admin token: ') && done(true)),
    ),
    exited.then(() => false as const),
  ]);
  if (!ready) throw new Error(`the API exited at start:\n${output}`);
  return { process: child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** The embedded database the product runs, as recorded in its state file. */
export async function embeddedServer(dataDir: string): Promise<{ pid: number; port: number }> {
  return JSON.parse(await readFile(join(dataDir, 'ferretdb', 'server.json'), 'utf8'));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/** Pids of running processes whose command line mentions `text` (e.g. a data folder). */
export function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}
