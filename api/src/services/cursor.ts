import { BadUserInputError } from '../errors.ts';

/** A page's cursor: the time and `_id` of its last item (lists run newest first, ties by `_id`). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.getTime(), id])).toString('base64url');
}

/** What `encodeCursor` wrote; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'number' && typeof id === 'string') return { at: new Date(at), id };
  } catch {}
  throw new BadUserInputError('after is not a cursor this API gave out.', 'after');
}
