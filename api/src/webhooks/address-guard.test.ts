import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { guardedLookup, isPublicAddress, UnsafeAddressError } from './address-guard.ts';

/** A resolver that answers from a table and opens no connection. */
const stub =
  (table: Record<string, string[]>) =>
  (
    hostname: string,
    _options: unknown,
    callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
  ) =>
    callback(
      null,
      (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

function lookUp(hostname: string, table: Record<string, string[]>) {
  return new Promise<{ error: Error | null; address: unknown }>((resolve) =>
    guardedLookup(stub(table))(hostname, { all: true }, (error, address) => resolve({ error, address })),
  );
}

describe('the webhook address guard', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '64:ff9b::a00:1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('refuses a name that resolves to any address it may not reach, and passes one that resolves to public ones', async () => {
    const table = {
      'rebinding.example': ['93.184.216.34', '127.0.0.1'],
      'metadata.example': ['169.254.169.254'],
      'mapped.example': ['::ffff:192.168.0.10'],
      'nothing.example': [],
      'hooks.example': ['93.184.216.34', '2606:2800:220:1::248'],
    };
    for (const name of ['rebinding.example', 'metadata.example', 'mapped.example', 'nothing.example']) {
      const { error } = await lookUp(name, table);
      expect(error, name).toBeInstanceOf(UnsafeAddressError);
      expect(error?.message).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
    }
    const allowed = await lookUp('hooks.example', table);
    expect(allowed.error).toBeNull();
    expect(allowed.address).toHaveLength(2);
  });
});
