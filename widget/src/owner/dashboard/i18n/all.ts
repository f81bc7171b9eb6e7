import { el } from './el.ts';
import { type DashboardMessages, en } from './en.ts';
import { id } from './id.ts';
import { mk } from './mk.ts';
import { ro } from './ro.ts';
import { tr } from './tr.ts';

/** Every language of the dashboard, bundled: site owners open it rarely, and a few kilobytes more are nothing. */
export const DASHBOARD_LOCALES = { en, id, mk, ro, el, tr } satisfies Record<string, DashboardMessages>;
