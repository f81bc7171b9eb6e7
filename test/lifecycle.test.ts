import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  embeddedServer,
  freePort,
  isAlive,
  type Product,
  processesMentioning,
  startProduct,
} from './product.ts';

// One product lifecycle, step by step, on a data folder of its own: each test continues from the previous one.
let dataDir: string;
let port: number;
let product: Product;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-lifecycle-'));
  port = await freePort();
});

afterAll(async () => {
  product?.process.kill('SIGTERM');
  await product?.exited;
  await rm(dataDir, { recursive: true, force: true });
});

async function writeAnswer(id: string): Promise<void> {
  const { port: dbPort } = await embeddedServer(dataDir);
  const connection = await mongoose
    .createConnection(`mongodb://127.0.0.1:${dbPort}/`, { dbName: 'nps' })
    .asPromise();
  await connection.collection('lifecycle').insertOne({ _id: id } as never);
  await connection.close();
}

async function readAnswers(): Promise<unknown[]> {
  const { port: dbPort } = await embeddedServer(dataDir);
  const connection = await mongoose
    .createConnection(`mongodb://127.0.0.1:${dbPort}/`, { dbName: 'nps' })
    .asPromise();
  const docs = await connection.collection('lifecycle').find({}).sort({ _id: 1 }).toArray();
  await connection.close();
  return docs;
}

it('starts the API with its embedded database, healthy', async () => {
  product = await startProduct(dataDir, port);
  expect(product.output()).toContain('FerretDB started');
  const health = await fetch(`${product.url}/healthz`);
  expect(health.status).toBe(200);
  await writeAnswer('before-sigterm');
});

it('stops the API and the database it started on SIGTERM, with exit code 0', async () => {
  const { pid } = await embeddedServer(dataDir);
  product.process.kill('SIGTERM');
  expect(await product.exited).toBe(0);
  expect(isAlive(pid)).toBe(false);
});

it('starts again with the data written before', async () => {
  product = await startProduct(dataDir, port);
  expect(await readAnswers()).toEqual([{ _id: 'before-sigterm' }]);
  await writeAnswer('before-kill');
});

it('recovers by itself after a kill -9 of the API, reusing the database left running', async () => {
  const { pid } = await embeddedServer(dataDir);
  product.process.kill('SIGKILL');
  await product.exited;
  expect(isAlive(pid)).toBe(true);

  product = await startProduct(dataDir, port);
  expect(product.output()).toContain(`reusing FerretDB (pid ${pid})`);
  expect((await fetch(`${product.url}/healthz`)).status).toBe(200);
  expect(await readAnswers()).toEqual([{ _id: 'before-kill' }, { _id: 'before-sigterm' }]);
});

it('refuses to start on a port that is taken, with a clear message and without leaving a database behind', async () => {
  const otherDataDir = await mkdtemp(join(tmpdir(), 'nps-e2e-taken-'));
  try {
    const second = await startProduct(otherDataDir, port).catch((error: Error) => error);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toContain(`PORT ${port} on 127.0.0.1 is in use by another process`);
    expect(processesMentioning(otherDataDir)).toEqual([]);
  } finally {
    await rm(otherDataDir, { recursive: true, force: true });
  }
});

it('refuses a second start on the same data folder with one line, leaving the first and its database running', async () => {
  const database = await embeddedServer(dataDir);
  for (const secondPort of [port, await freePort()]) {
    const second = await startProduct(dataDir, secondPort).catch((error: Error) => error);
    expect(second).toBeInstanceOf(Error);
    const refusal = (second as Error).message.split('\n').filter((line) => line.includes('[nps]'));
    expect(refusal).toEqual([
      `[nps] Another API (pid ${product.process.pid}) is running on the data folder ${dataDir}: stop it first, or set NPS_DATA_DIR (or MONGODB_URI to share a database between instances).`,
    ]);
  }
  expect(isAlive(database.pid)).toBe(true);
  expect(await embeddedServer(dataDir)).toEqual(database);
  expect((await fetch(`${product.url}/healthz`)).status).toBe(200);
});
