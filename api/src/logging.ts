import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { pino } from 'pino';
import pretty from 'pino-pretty';

/**
 * The request a log line was written for, wherever in the request's work the line comes from; `operation` is set
 * once the GraphQL layer knows the operation's name, for the request's access line.
 */
interface RequestStore {
  readonly requestId: string;
  operation?: string;
}
const current = new AsyncLocalStorage<RequestStore>();

/** `error`: something failed that should not have (an operator looks); `warn`: it recovers, but says so. */
export type LogLevel = 'info' | 'warn' | 'error';

/** A log line, at a level (info by default), with fields a log shipper can index. */
export type Log = (line: string, level?: LogLevel, fields?: Readonly<Record<string, unknown>>) => void;

/** An id a client may give (`X-Request-Id`): short and plain, else one of ours. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs a request's work with its id, which every line logged meanwhile carries; returns the request's store. */
export function withRequestId(requestId: string, work: () => unknown): Readonly<RequestStore> {
  const store: RequestStore = { requestId };
  current.run(store, work);
  return store;
}

/** Names the current request's GraphQL operation, for its access line. */
export function setOperation(name: string): void {
  const store = current.getStore();
  if (store) store.operation = name;
}

/**
 * The API's log: JSON lines (pino) a log shipper reads, each with its time, level, message and, within a request,
 * the request's id; in development the same lines as text, `[nps] message`. Lines name operations and errors: never
 * a token, a comment or a client address (`privacy.test.ts` checks the address). In production the lines are
 * buffered (an access line per request would otherwise cost a write each: a tenth of the ingest rate, measured) and
 * written every 250 ms, at once after an error line, and at exit, so that the last lines before a crash are kept;
 * in development they are written as they come.
 */
export function createLog({ pretty: human, to }: { pretty: boolean; to?: Writable }): Log {
  const destination = human
    ? pretty({
        sync: true,
        ignore: 'pid,hostname,time,level,requestId,method,path,status,ms,operation',
        messageFormat: '[nps] {msg}{if requestId} (request {requestId}){end}',
        ...(to && { destination: to }),
      })
    : (to ?? buffered());
  const logger = pino({ base: null, mixin: () => current.getStore() ?? {} }, destination);
  return (line, level = 'info', fields = {}) => {
    logger[level](fields, line);
    if (level === 'error' && 'flushSync' in destination) destination.flushSync();
  };
}

const FLUSH_EVERY_MS = 250;

/** Standard output, buffered: written every 250 ms, and at exit. */
function buffered() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  process.once('exit', () => destination.flushSync());
  return destination;
}
