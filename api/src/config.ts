import { resolve } from 'node:path';
import { StartupError } from './errors.ts';
import { DEFAULT_CACHE_CELLS } from './reports/aggregates.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface Config {
  /** Where the HTTP server listens. */
  readonly host: string;
  readonly port: number;
  /** `development` turns on the GraphQL IDE and introspection for everybody. */
  readonly env: 'development' | 'production' | 'test';
  /** A MongoDB (or compatible) server to use; when unset, the embedded FerretDB is started. */
  readonly mongodbUri: string | undefined;
  /** Database name, when the URI does not name one. */
  readonly mongodbDatabase: string;
  /** Where the embedded database keeps its files (git-ignored). */
  readonly dataDir: string;
  /** Where toolchains the project installs for itself live (git-ignored). */
  readonly toolsDir: string;
  /** Port of the embedded database; a free one when unset. */
  readonly ferretdbPort: number | undefined;
  /** The admin token; when unset, one is generated and kept in the data folder (see `admin-token.ts`). */
  readonly adminToken: string | undefined;
  /** Limits of the public operations, per minute. */
  readonly rateLimits: { readonly perIpPerMinute: number; readonly perSiteKeyPerMinute: number };
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** `NPS_WEBHOOKS_ALLOW_PRIVATE=1`: webhooks may go to http, loopback and private addresses (development, tests). */
  readonly webhooksAllowPrivate: boolean;
  /** `NPS_PUBLIC_URL`: where people reach this API (links in Slack messages); `http://HOST:PORT` unless set. */
  readonly publicUrl: string | undefined;
  /** The widget's build, served at `/widget.js` (`pnpm build` makes it). */
  readonly widgetDir: string;
  /** Serve the demo shop at `/` with its survey (made on the first start); on by default in development. */
  readonly demo: boolean;
  /** The most pre-aggregate cells kept in memory (least recently reported surveys go first). */
  readonly cacheCells: number;
  /** How long `/readyz` says `draining` after SIGTERM before the server stops taking requests. */
  readonly drainMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function port(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new StartupError(`${name}=${raw} is not a TCP port (an integer from 0 to 65535).`);
  }
  return value;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new StartupError(`${name}=${raw} is not a positive integer.`);
  return value;
}

function seconds(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 3600)
    throw new StartupError(`${name}=${raw} is not a number of seconds from 0 to 3600.`);
  return value;
}

function nodeEnv(raw: string | undefined): Config['env'] {
  if (raw === undefined || raw === '') return 'development';
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw;
  throw new StartupError(`NODE_ENV=${raw} is not one of development, production, test.`);
}

export function loadConfig(env: Env = process.env): Config {
  return {
    host: env['HOST'] || '127.0.0.1',
    port: port(env, 'PORT') ?? 4000,
    env: nodeEnv(env['NODE_ENV']),
    mongodbUri: env['MONGODB_URI'] || undefined,
    mongodbDatabase: env['MONGODB_DATABASE'] || 'nps',
    dataDir: resolve(env['NPS_DATA_DIR'] || resolve(projectRoot, '.data')),
    toolsDir: resolve(env['NPS_TOOLS_DIR'] || resolve(projectRoot, '.tools')),
    ferretdbPort: port(env, 'FERRETDB_PORT'),
    adminToken: env['NPS_ADMIN_TOKEN'] || undefined,
    rateLimits: {
      perIpPerMinute: positiveInt(env, 'RATE_LIMIT_IP_PER_MINUTE', 60),
      perSiteKeyPerMinute: positiveInt(env, 'RATE_LIMIT_SITE_KEY_PER_MINUTE', 6_000),
    },
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    // Development and tests only: webhooks to http, loopback and private addresses.
    webhooksAllowPrivate: env['NPS_WEBHOOKS_ALLOW_PRIVATE'] === '1',
    publicUrl: env['NPS_PUBLIC_URL'] || undefined,
    widgetDir: resolve(env['NPS_WIDGET_DIR'] || resolve(projectRoot, 'widget/dist')),
    demo: env['NPS_DEMO']
      ? env['NPS_DEMO'] === '1' || env['NPS_DEMO'] === 'true'
      : nodeEnv(env['NODE_ENV']) === 'development',
    cacheCells: positiveInt(env, 'NPS_CACHE_CELLS', DEFAULT_CACHE_CELLS),
    drainMs: seconds(env, 'DRAIN_SECONDS', 0) * 1000,
  };
}
