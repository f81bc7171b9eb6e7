import { type FerretDBOptions, isAlive, type RunningFerretDB, startFerretDB } from './ferretdb-server.ts';

const CHECK_EVERY_MS = 250;

/**
 * Keeps the embedded database up: when its process dies (a crash, the OOM killer, a stray `kill -9`), it is started
 * again on the same port, so the driver's connection pool reconnects by itself and the API never needs a restart.
 * Polling the pid rather than listening for `exit`: a server adopted from an earlier start is not our child.
 */
export function superviseFerretDB(first: RunningFerretDB, options: FerretDBOptions): RunningFerretDB {
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | undefined;
  let restarts = 0;

  const restart = async (): Promise<void> => {
    options.log(
      `FerretDB (pid ${current.pid}) exited unexpectedly; starting it again on port ${current.port}`,
      'error',
    );
    try {
      const next = await startFerretDB({ ...options, port: current.port });
      current = next;
      restarts++;
      if (stopped) await next.stop();
    } catch (error) {
      options.log(`starting FerretDB again failed, retrying: ${(error as Error).message}`, 'error');
    }
  };

  const timer = setInterval(() => {
    if (stopped || restarting || isAlive(current.pid)) return;
    restarting = restart().finally(() => {
      restarting = undefined;
    });
  }, CHECK_EVERY_MS).unref();

  return {
    uri: first.uri,
    port: first.port,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await restarting;
      await current.stop();
    },
  };
}
