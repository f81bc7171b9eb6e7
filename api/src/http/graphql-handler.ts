import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { readBody } from './read-body.ts';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  readonly maxBodyBytes: number;
}

/** Apollo Server on Node's own http server: the request mapped to Apollo's, and Apollo's answer written back. */
export function graphqlHandler<TContext extends BaseContext>({
  apollo,
  context,
  maxBodyBytes,
}: GraphQLHandlerOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req, maxBodyBytes);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method?.toUpperCase() ?? 'GET',
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body,
      },
      context: () => context(req, res),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // Visitors' text travels in these bodies: a browser must never take one for a page.
    res.setHeader('x-content-type-options', 'nosniff');
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
