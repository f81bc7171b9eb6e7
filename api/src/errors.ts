/**
 * A problem the operator must fix before the API can run (configuration, database, ports).
 * `main` prints its message alone, without a stack trace, and exits non-zero: the message is the whole story.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
