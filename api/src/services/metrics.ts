import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the metrics read at scrape time from the parts that hold the figures. */
export interface MetricSources {
  readonly queueDepth: () => number;
  readonly cached: () => { surveys: number; cells: number };
  /** Times the embedded database was started again after dying; 0 on MongoDB. */
  readonly databaseRestarts: () => number;
}

/**
 * The figures `/metrics` shows, in Prometheus' text format (prom-client): answers stored and refused by reason,
 * submit and report latency, the writer's queue and batches, counts written, the cache and its hit rate, database
 * round trips, and the process (CPU, memory, event loop). One registry per API instance in the process.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'nps_' });
  const registers = [registry];
  let sources: MetricSources = {
    queueDepth: () => 0,
    cached: () => ({ surveys: 0, cells: 0 }),
    databaseRestarts: () => 0,
  };

  const answers = new Counter({
    name: 'nps_answers_total',
    help: 'Answers submitted, by outcome (stored, duplicate, refused) and, when refused, the error code.',
    labelNames: ['outcome', 'reason'] as const,
    registers,
  });
  const submitSeconds = new Histogram({
    name: 'nps_submit_duration_seconds',
    help: 'submitResponse, from the request to the acknowledgement.',
    buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers,
  });
  const reportSeconds = new Histogram({
    name: 'nps_report_duration_seconds',
    help: 'nps reports, by their shape: the dimensions grouped by and the time bucket.',
    labelNames: ['group_by', 'bucket'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1],
    registers,
  });
  const batchSize = new Histogram({
    name: 'nps_ingest_batch_size',
    help: 'Answers written per insert by the writer (group commit).',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers,
  });
  const deltas = new Counter({
    name: 'nps_count_deltas_written_total',
    help: 'Count deltas this instance wrote (each one 250 ms of counts).',
    registers,
  });
  const cacheLookups = new Counter({
    name: 'nps_cache_lookups_total',
    help: 'Survey cells asked of the cache, by result: a hit, or a miss read from the database.',
    labelNames: ['result'] as const,
    registers,
  });
  const pingSeconds = new Histogram({
    name: 'nps_database_ping_seconds',
    help: 'Database round trips, as /readyz measures them.',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers,
  });
  new Gauge({
    name: 'nps_ingest_queue_depth',
    help: 'Answers waiting for the writer.',
    registers,
    collect() {
      this.set(sources.queueDepth());
    },
  });
  new Gauge({
    name: 'nps_embedded_database_restarts',
    help: 'Times the embedded FerretDB was started again after its process died.',
    registers,
    collect() {
      this.set(sources.databaseRestarts());
    },
  });
  new Gauge({
    name: 'nps_cache_size',
    help: 'What the cache of survey cells holds, by unit (surveys, cells).',
    labelNames: ['unit'] as const,
    registers,
    collect() {
      const { surveys, cells } = sources.cached();
      this.set({ unit: 'surveys' }, surveys);
      this.set({ unit: 'cells' }, cells);
    },
  });

  return {
    registry,
    /** Where the gauges read their figures (set once the parts exist). */
    read(from: MetricSources): void {
      sources = from;
    },
    answer(outcome: 'stored' | 'duplicate' | 'refused', reason = ''): void {
      answers.inc({ outcome, reason });
    },
    submitted(seconds: number): void {
      submitSeconds.observe(seconds);
    },
    reported(groupBy: readonly string[], bucket: string | null | undefined, seconds: number): void {
      reportSeconds.observe(
        { group_by: [...groupBy].sort().join(',') || 'none', bucket: bucket ?? 'none' },
        seconds,
      );
    },
    batch(size: number): void {
      batchSize.observe(size);
    },
    deltaWritten(): void {
      deltas.inc();
    },
    cacheLookup(hit: boolean): void {
      cacheLookups.inc({ result: hit ? 'hit' : 'miss' });
    },
    pinged(seconds: number): void {
      pingSeconds.observe(seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
