/**
 * The GraphQL IDE the API serves at `/graphql` in development (`dist/ide.js`, `dist/ide.css`): GraphiQL from npm,
 * bundled here, so that it works on a closed network. The page gives the admin token in a meta tag when it is
 * opened from this machine; the IDE then sends it with every request.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const token = document.querySelector<HTMLMetaElement>('meta[name="nps-admin-token"]')?.content;
const endpoint = new URL('/graphql', location.href).href;

const fetcher = async (params: unknown, options?: { headers?: Record<string, unknown> }) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('ide');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      ...(token && { defaultHeaders: JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) }),
    }),
  );
}
