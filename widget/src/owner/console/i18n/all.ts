import { el } from './el.ts';
import { type ConsoleMessages, en } from './en.ts';
import { id } from './id.ts';
import { mk } from './mk.ts';
import { ro } from './ro.ts';
import { tr } from './tr.ts';

/** Every language of the console, bundled, as the dashboard's are: owners open it rarely. */
export const CONSOLE_LOCALES = { en, id, mk, ro, el, tr } satisfies Record<string, ConsoleMessages>;
