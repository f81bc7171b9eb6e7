import { el } from './el.ts';
import { en, type Messages } from './en.ts';
import { id } from './id.ts';
import { mk } from './mk.ts';
import { ro } from './ro.ts';
import { tr } from './tr.ts';

/**
 * Every locale, checked against English. The widget itself carries only English: the build writes the others
 * to `dist/locales/<language>.json`, and a visitor downloads their own language alone.
 */
export const LOCALES = { en, id, mk, ro, el, tr } satisfies Record<string, Messages>;
