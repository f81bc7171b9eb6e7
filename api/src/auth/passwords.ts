import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Passwords hashed with argon2id, Node's own (OpenSSL's), at OWASP's recommended cost (19 MiB, 2 passes, 1 lane),
 * stored in the PHC string form (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`) so that a later, costlier setting
 * can verify the older hashes.
 */
const hash = promisify(argon2);
const COST = { memory: 19_456, passes: 2, parallelism: 1 } as const;
const TAG_BYTES = 32;
const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

export async function hashPassword(password: string): Promise<string> {
  const nonce = randomBytes(16);
  const tag = await hash('argon2id', { message: password, nonce, tagLength: TAG_BYTES, ...COST });
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
  return `$argon2id$v=19$m=${COST.memory},t=${COST.passes},p=${COST.parallelism}$${b64(nonce)}$${b64(tag)}`;
}

/** Whether `password` is the one `stored` was made from; as slow for any stored hash, right or wrong. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [, memory, passes, parallelism, salt, expected] = PHC.exec(stored) ?? [];
  if (!memory || !passes || !parallelism || !salt || !expected) return false;
  const want = Buffer.from(expected, 'base64');
  const got = await hash('argon2id', {
    message: password,
    nonce: Buffer.from(salt, 'base64'),
    tagLength: want.length,
    memory: Number(memory),
    passes: Number(passes),
    parallelism: Number(parallelism),
  });
  return got.length === want.length && timingSafeEqual(got, want);
}

/** A hash of no one's password: verified against when the email is unknown, so that both take as long. */
export const NOBODY = hashPassword(randomBytes(16).toString('hex'));
