import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  [part='webhook'] {
    padding: 8px;
    border-radius: var(--nps-dashboard-radius, 8px);
    background: #f3f4f6;
  }
  .url {
    margin: 0;
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
  }
  [part~='failing'],
  [part~='disabled'] {
    color: #b91c1c;
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    margin-block: 4px;
  }
  caption {
    text-align: start;
  }
  td {
    padding: 2px 8px 2px 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  form {
    display: grid;
    gap: 8px;
    max-inline-size: 40em;
  }
  label {
    display: grid;
    gap: 2px;
  }
  .check {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  fieldset {
    border: 1px solid #d1d5db;
    border-radius: 6px;
  }
  input[type='url'],
  select {
    font: inherit;
    padding: 6px 8px;
    min-inline-size: 0;
  }
  [part='secret'] code {
    display: block;
    overflow-wrap: anywhere;
    padding: 6px;
    background: #fef3c7;
  }
  .button {
    font: inherit;
    padding: 6px 12px;
    border: 1px solid var(--nps-dashboard-accent, #1d4ed8);
    border-radius: 6px;
    background: #fff;
    color: var(--nps-dashboard-accent, #1d4ed8);
    cursor: pointer;
  }
  .button.primary {
    background: var(--nps-dashboard-accent, #1d4ed8);
    color: #fff;
    justify-self: start;
  }
  :focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  .muted {
    color: #4b5563;
  }
`;
