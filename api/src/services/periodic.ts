import type { Log } from '../logging.ts';

/**
 * A background job run every `ms` (the timer does not keep the process alive); a run that is still going when the
 * next is due is not started again, and a failure is logged, never thrown: the next run tries again.
 */
export function every(ms: number, run: () => Promise<unknown>, log: Log, what: string): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .catch((error: unknown) => log(`${what} failed: ${(error as Error).message}`, 'error'))
      .finally(() => {
        running = false;
      });
  }, ms).unref();
  return { stop: () => clearInterval(timer) };
}
