import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook may never reach: this host, private and shared networks, link-local (cloud metadata at
 * 169.254.169.254), multicast, reserved and documentation ranges. IPv4-mapped and IPv4-compatible IPv6 forms
 * (`::ffff:127.0.0.1`, `::127.0.0.1`) are checked against the IPv4 ranges too.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  // Unspecified, loopback and the IPv4-compatible addresses.
  ['::', 96],
  // NAT64: an IPv4 address behind a translator, private ones included.
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** This host alone: what the development setting (`NPS_WEBHOOKS_ALLOW_PRIVATE=1`) opens, and nothing else. */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Whether a literal IP address is one a webhook may be sent to; with `loopback`, this host's too. */
export function isPublicAddress(address: string, { loopback = false }: { loopback?: boolean } = {}): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return !BLOCKED.check(address, type) || (loopback && LOOPBACK.check(address, type));
}

/** A webhook address the guard refused: to a client, what; never where the name resolved to. */
export class UnsafeAddressError extends Error {
  override readonly name = 'UnsafeAddressError';
}

type Resolve = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `lookup` for `http.request` that resolves the name, then refuses it if any of its addresses is not public, so
 * that what is checked is what is connected to (no second resolution for a name to change its answer in between).
 * `resolve` is the system resolver unless a test gives its own; `loopback` lets this host's addresses through.
 */
export function guardedLookup(
  resolve: Resolve = dnsLookup as unknown as Resolve,
  { loopback = false }: { loopback?: boolean } = {},
): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    resolve(hostname, { all: true, family }, (error, addresses) => {
      if (error) return callback(error, []);
      const unsafe = addresses.find((entry) => !isPublicAddress(entry.address, { loopback }));
      if (unsafe || !addresses.length) {
        return callback(
          new UnsafeAddressError(`${hostname} resolves to an address webhooks may not reach`) as never,
          [],
        );
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}
