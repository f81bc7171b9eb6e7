import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createModels, type Models, syncIndexes } from '../models/index.ts';
import { openTestDatabase } from '../testing/database.ts';
import { createLeases, LeaseLostError } from './writer-lease.ts';

let db: Database;
let models: Models;

beforeAll(async () => {
  db = await openTestDatabase('writer_lease');
  models = createModels(db.connection);
  await syncIndexes(models, { secondary: !db.ferretdb });
});
afterAll(() => db.close());

describe('writer leases', () => {
  it('give instances claiming at once a slot each', async () => {
    const claimed = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createLeases(models, `instance ${i}`).claimFree()),
    );
    expect(new Set(claimed.map((lease) => lease.slot)).size).toBe(6);
    await Promise.all(claimed.map((lease) => lease.release()));
  });

  it('keep the last delta recorded when renewals run beside it', async () => {
    const lease = await createLeases(models, 'writer').claimFree();
    for (let seq = 1; seq <= 30; seq++) await Promise.all([lease.advance(seq), lease.renew(), lease.renew()]);
    const stored = await models.WriterLease.findById(`${lease.slot}:${lease.epoch}`).lean();
    expect(stored?.seq).toBe(30);
    await lease.release();
  });

  it('stop their holder writing once another instance has taken the slot', async () => {
    const leases = createLeases(models, 'first');
    const lease = await leases.claimFree();
    const [previous] = [...(await leases.current()).values()].filter((l) => l.slot === lease.slot);
    const taken = await createLeases(models, 'second').claim(lease.slot, previous);
    expect(taken).toBeDefined();
    expect(await createLeases(models, 'third').claim(lease.slot, previous)).toBeUndefined();
    expect(lease.isHeld()).toBe(true);
    await lease.renew();
    expect(() => lease.assertHeld()).toThrow(LeaseLostError);
    expect(lease.isHeld()).toBe(false);
  });
});
