import { readFileSync } from 'node:fs';
import { Types } from 'mongoose';
import { type Admin, createBenchSurvey, subscribedSurvey } from './admin.ts';
import { runScript } from './child.ts';

/** CPU time a process has used so far, in ms (user and system, from /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime, the 14th and 15th fields, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface IngestRun {
  readonly label: string;
  /** The API instances to spread the widgets over. */
  readonly urls: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  /** Answers per second offered in all; unset: as fast as they are answered. */
  readonly rate?: number;
  /**
   * One answer in three has a comment (from the labelled sets, in its language), classified on arrival: `inline`,
   * with the score in one submit, as the widget sends one written within two minutes; `follow-up`, one written after
   * its score was sent, a second submit once the score is acknowledged.
   */
  readonly comments?: 'inline' | 'follow-up';
  /**
   * A webhook subscription to this receiver for every answer: its events are written and delivered meanwhile (and
   * waited for after the load, unless the receiver is `down`).
   */
  readonly webhook?: { url: string; arrived: Map<string, number>; down?: boolean };
  /** The API processes and the database's, whose CPU is counted per answer. */
  readonly apiPids: readonly number[];
  /** Undefined when the database is not on this machine (MONGODB_URI). */
  readonly databasePid: number | undefined;
}

/**
 * Ingest over HTTP: `connections` concurrent widgets for `seconds`, from a second process; then the answers stored
 * for the survey, counted in the database: the acknowledged ones, plus at most one in flight per connection; and
 * the CPU the API instances and the database spent per answer stored.
 */
export async function ingestBench(admin: Admin, run: IngestRun) {
  const origin = 'https://bench.example';
  const survey = run.webhook
    ? await subscribedSurvey(admin, origin, run.webhook.url)
    : await createBenchSurvey(admin, origin);
  const cpu = () => ({
    api: run.apiPids.reduce((total, pid) => total + cpuMs(pid), 0),
    database: run.databasePid ? cpuMs(run.databasePid) : Number.NaN,
  });
  const before = cpu();
  const load = await runScript('load.ts', [
    run.urls.join(','),
    survey.siteKey,
    origin,
    String(run.connections),
    String(run.seconds),
    run.rate ? String(run.rate) : '',
    run.comments ?? '',
  ]);
  const after = cpu();
  const stored = await admin.db
    .collection('responses')
    .countDocuments({ survey: new Types.ObjectId(survey.id) });
  // With a subscription: how long after the load its events took to be all delivered.
  let drain: Record<string, number> = {};
  if (run.webhook && !run.webhook.down) {
    const started = performance.now();
    // The receiver is shared between runs: this survey's answers alone.
    const mine = () =>
      [...(run.webhook?.arrived.keys() ?? [])].filter((id) => id.startsWith(`${survey.id}:`));
    while (mine().length < stored && performance.now() - started < 120_000) {
      await new Promise((done) => setTimeout(done, 250));
    }
    drain = {
      'events delivered': mine().length,
      'delivered all after load, s': Number(((performance.now() - started) / 1000).toFixed(1)),
    };
  }
  return {
    ...drain,
    run: run.label,
    comments: run.comments ? `1 in 3, ${run.comments}` : 'none',
    webhook: run.webhook ? (run.webhook.down ? 'receiver down' : 'yes') : 'no',
    connections: run.connections,
    'offered/s': run.rate ?? 'max',
    'answers/s': Math.round(load['perSecond'] ?? 0),
    'p50 ms': load['p50'],
    'p99 ms': load['p99'],
    acknowledged: load['acked'],
    'follow-ups acknowledged': load['followUpsAcked'],
    stored,
    // Sent but not yet answered when the clock stopped: stored, their acknowledgement not waited for.
    'in flight at the end': stored - (load['acked'] ?? 0),
    'refused or failed': (load['refused'] ?? 0) + (load['errors'] ?? 0) + (load['timeouts'] ?? 0),
    'API CPU ms/answer': Number(((after.api - before.api) / Math.max(1, stored)).toFixed(2)),
    'DB CPU ms/answer': Number(((after.database - before.database) / Math.max(1, stored)).toFixed(2)),
    'load CPU ms/answer': Number(((load['cpuMs'] ?? 0) / Math.max(1, stored)).toFixed(2)),
  };
}
