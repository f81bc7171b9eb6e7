import type { Auth } from '../auth/auth.ts';
import type { Database } from '../db/database.ts';
import type { Services } from '../services/index.ts';

/** What every resolver receives, built once per request by the HTTP layer. */
export interface Context {
  readonly db: Database;
  readonly services: Services;
  readonly auth: Auth;
  /** Where the request came from: the client's address and the page's `Origin`, as the public paths check them. */
  readonly request: {
    readonly ip: string;
    readonly origin: string | undefined;
    /** This server's origin as people reach it (`NPS_PUBLIC_URL`, else the request's host): links start with it. */
    readonly base: string;
  };
  /** The answer's session cookie: set when a person signs in, cleared when they sign out. */
  readonly session: {
    set(token: string, maxAgeSeconds: number): void;
    clear(): void;
  };
  /** True in development: introspection and the IDE are open to all. */
  readonly development: boolean;
  /** Root fields (by response key) that browsers may cache, in seconds: see `plugins/public-cache.ts`. */
  readonly publicCache: Map<string, number>;
}
