import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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

/** A GraphQL request to the product at `url`, answered as the body says (errors are not thrown). */
export async function graphql<T>(
  url: string,
  query: string,
  variables: object,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions: { code: string } }[] };
}

/** A survey made by the admin, answerable from `origin`. */
export async function createSurvey(
  url: string,
  adminToken: string,
  input: {
    brand: string;
    languages: string[];
    markets: string[];
    allowedOrigins: string[];
    sampleRate?: number;
    recontactDays?: number;
  },
): Promise<{ id: string; siteKey: string }> {
  const { data, errors } = await graphql<{ createSurvey: { id: string; siteKey: string } }>(
    url,
    'mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id siteKey } }',
    { input },
    { authorization: `Bearer ${adminToken}` },
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return data.createSurvey;
}

export interface Answer {
  readonly clientResponseId: string;
  readonly score: number;
  readonly language: string;
  readonly market: string;
  readonly comment?: string;
}

/** `count` answers, every score, spread over the segments (language, market) in turn. */
export function answers(count: number, segments: readonly (readonly [string, string])[]): Answer[] {
  return Array.from({ length: count }, (_, i) => {
    const [language, market] = segments[i % segments.length] ?? ['en', 'US'];
    return { clientResponseId: randomUUID(), score: (i * 7) % 11, language, market };
  });
}

/** One widget's submit to the product at `url`: true once acknowledged; false on any failure. */
export async function submitAnswer(url: string, siteKey: string, origin: string, answer: Answer) {
  try {
    const { data } = await graphql<{ submitResponse: { response: { id: string } } }>(
      url,
      'mutation ($input: SubmitResponseInput!) { submitResponse(input: $input) { response { id } } }',
      { input: { siteKey, ...answer } },
      { origin },
    );
    return Boolean(data?.submitResponse.response.id);
  } catch {
    return false;
  }
}
