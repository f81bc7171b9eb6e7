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
 * a token, a comment or a client address (`privacy.test.ts` checks the address). Written synchronously, so that the
 * last lines before a crash are not lost.
 */
export function createLog({ pretty: human, to }: { pretty: boolean; to?: Writable }): Log {
  const destination = human
    ? pretty({
        sync: true,
        ignore: 'pid,hostname,time,level,requestId,method,path,status,ms,operation',
        messageFormat: '[nps] {msg}{if requestId} (request {requestId}){end}',
        ...(to && { destination: to }),
      })
    : (to ?? pino.destination({ dest: 1, sync: true }));
  const logger = pino({ base: null, mixin: () => current.getStore() ?? {} }, destination);
  return (line, level = 'info', fields = {}) => logger[level](fields, line);
}
