import { ApiError, type SubmitResponseInput } from './client.ts';

interface Entry {
  readonly input: SubmitResponseInput;
  readonly attempts: number;
  /** Epoch ms before which this entry is not tried again. */
  readonly notBefore: number;
}

export interface OutboxOptions {
  readonly send: (input: SubmitResponseInput) => Promise<unknown>;
  /** Defaults to `localStorage`; answers live in memory only when storage is unavailable. */
  readonly storage?: Storage | undefined;
  readonly key?: string;
  /** First retry delay; doubles with each attempt, up to five minutes. */
  readonly retryMs?: number;
  /** Told of answers the API refused for good (e.g. the survey was deactivated): they are dropped. */
  readonly onDropped?: (input: SubmitResponseInput, error: ApiError) => void;
}

const MAX_DELAY_MS = 5 * 60_000;
/** Where the answers wait, for every survey of the site. */
export const OUTBOX_KEY = 'nps-survey:outbox';

/**
 * Answers waiting for the API's acknowledgement, kept in localStorage so that neither a failed request nor a
 * closed tab loses one. An answer is written here before it is sent; the same `clientResponseId` sent again (its
 * comment) replaces the waiting entry, and the API counts it once whatever is resent.
 */
export class Outbox {
  readonly #send: OutboxOptions['send'];
  readonly #storage: Storage | undefined;
  readonly #key: string;
  readonly #retryMs: number;
  readonly #onDropped: OutboxOptions['onDropped'];
  #memory: Entry[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  /** Entries being sent now (by `add`), which a flush leaves alone. */
  readonly #sending = new Set<string>();

  constructor(options: OutboxOptions) {
    this.#send = options.send;
    this.#storage = options.storage ?? safeLocalStorage();
    this.#key = options.key ?? OUTBOX_KEY;
    this.#retryMs = options.retryMs ?? 2_000;
    this.#onDropped = options.onDropped;
    globalThis.addEventListener?.('online', () => void this.flush());
  }

  /** The answers not yet acknowledged. */
  get pending(): SubmitResponseInput[] {
    return this.#read().map((entry) => entry.input);
  }

  /**
   * Keeps the answer and sends it at once, beside any request still going (each request carries the whole answer,
   * and the API counts one answer once whatever order its versions arrive in): a comment never waits behind its
   * score's request, so a page closed right after the thanks has its request started (`keepalive`: it outlives the
   * page). Then sends whatever else is due; resolves once this attempt is over.
   */
  async add(input: SubmitResponseInput): Promise<void> {
    const entry = this.#keep(input, 0);
    await Promise.all([this.#attempt(entry), this.flush()]);
    this.#schedule();
  }

  /**
   * Keeps the answer without sending it for `ms`, so that a later version of it (its comment) replaces it and the
   * two go as one request. Once due it is sent as any answer, by this page or the site's next one: kept in storage,
   * it is not lost with a page closed or crashed before then; `add` sends it at once.
   */
  hold(input: SubmitResponseInput, ms: number): void {
    this.#keep(input, Date.now() + ms);
    this.#schedule();
  }

  /** Stores the answer in place of any earlier version of it. */
  #keep(input: SubmitResponseInput, notBefore: number): Entry {
    const others = this.#read().filter((entry) => entry.input.clientResponseId !== input.clientResponseId);
    const entry = { input, attempts: 0, notBefore };
    this.#write([...others, entry]);
    return entry;
  }

  /**
   * Sends what is due, oldest first, one flush at a time. A flush asked for while one runs starts after it, so it
   * sees every answer written before it was asked for.
   */
  flush(): Promise<void> {
    const run = (this.#flushing ?? Promise.resolve()).then(() => this.#flushDue());
    this.#flushing = run;
    void run.finally(() => {
      if (this.#flushing === run) this.#flushing = undefined;
    });
    return run;
  }

  async #flushDue(): Promise<void> {
    clearTimeout(this.#timer);
    for (const entry of this.#read()) {
      if (entry.notBefore > Date.now() || this.#sending.has(keyOf(entry.input))) continue;
      await this.#attempt(entry);
    }
    this.#schedule();
  }

  /** The next flush, when the earliest entry waiting is due (one being sent is rescheduled once its attempt ends). */
  #schedule(): void {
    clearTimeout(this.#timer);
    const waiting = this.#read().filter((entry) => !this.#sending.has(keyOf(entry.input)));
    const next = Math.min(...waiting.map((entry) => entry.notBefore));
    if (Number.isFinite(next))
      this.#timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }

  /** Sends one entry: gone once acknowledged or refused for good, else tried again after a backoff. */
  async #attempt(entry: Entry): Promise<void> {
    const key = keyOf(entry.input);
    this.#sending.add(key);
    try {
      await this.#send(entry.input);
      this.#remove(entry.input);
    } catch (error) {
      if (error instanceof ApiError && !error.retryable) {
        this.#remove(entry.input);
        this.#onDropped?.(entry.input, error);
        return;
      }
      const attempts = entry.attempts + 1;
      const delay = Math.min(this.#retryMs * 2 ** (attempts - 1), MAX_DELAY_MS) * (0.75 + Math.random() / 2);
      this.#update({ ...entry, attempts, notBefore: Date.now() + delay });
    } finally {
      this.#sending.delete(key);
    }
  }

  #remove(input: SubmitResponseInput): void {
    // The latest version of this answer (e.g. one with the comment) may have been queued while sending.
    this.#write(this.#read().filter((entry) => !sameEntry(entry.input, input)));
  }

  #update(updated: Entry): void {
    this.#write(this.#read().map((entry) => (sameEntry(entry.input, updated.input) ? updated : entry)));
  }

  #read(): Entry[] {
    if (!this.#storage) return this.#memory;
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(this.#key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as Entry[]) : [];
    } catch {
      return [];
    }
  }

  #write(entries: Entry[]): void {
    this.#memory = entries;
    try {
      if (entries.length) this.#storage?.setItem(this.#key, JSON.stringify(entries));
      else this.#storage?.removeItem(this.#key);
    } catch {
      // Storage full or forbidden: the answers stay in memory for this page's life.
    }
  }
}

/** One version of one answer: what `#sending` holds and what an acknowledgement removes. */
function keyOf(input: SubmitResponseInput): string {
  return JSON.stringify(input);
}

function sameEntry(a: SubmitResponseInput, b: SubmitResponseInput): boolean {
  return keyOf(a) === keyOf(b);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
