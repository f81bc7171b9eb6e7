/** A request the HTTP layer refuses before GraphQL sees it; answered with `status` and a JSON error body. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
