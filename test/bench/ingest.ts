import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Connection } from 'mongoose';
import { Types } from 'mongoose';

export interface Admin {
  readonly url: string;
  readonly token: string;
  readonly db: Connection;
}

export async function adminGraphql<T>(admin: Admin, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(`${admin.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function createBenchSurvey(
  admin: Admin,
  origin: string,
): Promise<{ id: string; siteKey: string }> {
  const { createSurvey } = await adminGraphql<{ createSurvey: { id: string; siteKey: string } }>(
    admin,
    `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { id siteKey } }`,
    {
      input: {
        brand: 'Bench',
        languages: ['en', 'id', 'mk', 'ro', 'el', 'tr'],
        markets: ['US', 'ID', 'MK', 'RO', 'GR', 'CY', 'TR'],
        allowedOrigins: [origin],
      },
    },
  );
  return createSurvey;
}

function runLoad(args: string[]): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(import.meta.dirname, 'load.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      code === 0
        ? done(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'))
        : fail(new Error(`load exited ${code}`)),
    );
  });
}

/**
 * Ingest over HTTP: `connections` concurrent widgets for `seconds`, from a second process; then the answers stored
 * for the survey, counted in the database: the acknowledged ones, plus at most one in flight per connection.
 */
export async function ingestBench(admin: Admin, connections: number, seconds: number) {
  const origin = 'https://bench.example';
  const survey = await createBenchSurvey(admin, origin);
  const load = await runLoad([admin.url, survey.siteKey, origin, String(connections), String(seconds)]);
  const stored = await admin.db
    .collection('responses')
    .countDocuments({ survey: new Types.ObjectId(survey.id) });
  return {
    connections,
    seconds,
    'answers/s': Math.round(load['perSecond'] ?? 0),
    'p50 ms': load['p50'],
    'p99 ms': load['p99'],
    acknowledged: load['acked'],
    stored,
    // Sent but not yet answered when the clock stopped: stored, their acknowledgement not waited for.
    'in flight at the end': stored - (load['acked'] ?? 0),
    'refused or failed': (load['refused'] ?? 0) + (load['errors'] ?? 0) + (load['timeouts'] ?? 0),
  };
}
