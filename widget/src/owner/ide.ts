/**
 * The GraphQL IDE the API serves at `/graphql` in development (`dist/ide.js`, `dist/ide.css`): GraphiQL from npm,
 * bundled here, so that it works on a closed network. The page carries no secret, whoever asks for it (behind a
 * proxy every request seems to come from this machine): it asks for the token, as the dashboard does, keeps it in
 * this tab's `sessionStorage`, and sends it with every request.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const TOKEN_KEY = 'nps-ide-token';
const endpoint = new URL('/graphql', location.href).href;

const fetcher = async (params: unknown, options?: { headers?: Record<string, unknown> }) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json();
};

function openIde(root: HTMLElement, token: string): void {
  root.replaceChildren();
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultHeaders: JSON.stringify({ authorization: `Bearer ${token}` }, null, 2),
    }),
  );
}

/** The token form: the admin token (the file the start names) or a survey's read token. */
function askForToken(root: HTMLElement): void {
  const form = document.createElement('form');
  form.className = 'nps-ide-token';
  const label = document.createElement('label');
  label.textContent = 'Token (the admin token in .data/admin-token, or a read token)';
  const input = document.createElement('input');
  Object.assign(input, { type: 'password', name: 'token', required: true, autocomplete: 'off' });
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Open the IDE';
  label.append(input);
  form.append(label, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    openIde(root, token);
  });
  root.replaceChildren(form);
  input.focus();
}

const root = document.getElementById('ide');
if (root) {
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) openIde(root, saved);
  else askForToken(root);
}
