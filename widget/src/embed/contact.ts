import { OUTBOX_KEY } from '../api/outbox.ts';

/** What a visitor was last asked, per survey, in this browser: the recontact period runs from it. */
interface Contact {
  readonly at: number;
}

const DAY_MS = 86_400_000;
const key = (siteKey: string) => `nps-survey:${siteKey}:contact`;

/** Whether this browser was asked (or drawn and passed over) within the last `days`. */
export function contactedWithin(siteKey: string, days: number): boolean {
  try {
    const contact = JSON.parse(localStorage.getItem(key(siteKey)) ?? 'null') as Contact | null;
    return !!contact && Date.now() - contact.at < days * DAY_MS;
  } catch {
    return false;
  }
}

export function recordContact(siteKey: string): void {
  try {
    localStorage.setItem(key(siteKey), JSON.stringify({ at: Date.now() } satisfies Contact));
  } catch {
    // Without storage the visitor may be asked again on another visit; nothing else is affected.
  }
}

/**
 * Removes everything the widget stored in this browser for a survey: its configuration, the last contact, and its
 * answers still waiting to be sent (the outbox, shared by the site's surveys, keeps the others').
 */
export function forgetSite(siteKey: string): void {
  try {
    const prefix = `nps-survey:${siteKey}:`;
    for (const stored of Object.keys(localStorage))
      if (stored.startsWith(prefix)) localStorage.removeItem(stored);
    const waiting = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as {
      input?: { siteKey?: string };
    }[];
    const others = waiting.filter((entry) => entry.input?.siteKey !== siteKey);
    if (others.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(others));
    else localStorage.removeItem(OUTBOX_KEY);
  } catch {
    // No storage, nothing stored.
  }
}
