import { css } from 'lit';
import { dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  css`
  :host {
    display: block;
  }
  ol {
    display: grid;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='task'] {
    display: grid;
    gap: 8px;
    padding: 12px;
    border: 1px solid #e5e7eb;
    border-radius: var(--nps-dashboard-radius, 8px);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
  }
  .score {
    font-weight: 700;
  }
  [part~='due'] {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  [part~='overdue'] {
    color: #b91c1c;
    font-weight: 600;
  }
  blockquote {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    gap: 8px;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
    padding: 4px 8px 8px;
    border: 1px solid #e5e7eb;
    border-radius: 6px;
  }
  label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  .field {
    display: grid;
    gap: 2px;
  }
  input[type='text'],
  textarea {
    font: inherit;
    padding: 6px 8px;
    border: 1px solid #9ca3af;
    border-radius: 6px;
  }
  summary {
    cursor: pointer;
    color: var(--nps-dashboard-accent, #1d4ed8);
  }
  details[open] summary {
    margin-block-end: 8px;
  }
  [part='more'] {
    margin-block-start: 12px;
  }
  [part='record'] {
    justify-self: start;
  }
  :focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  [role='alert'] {
    color: #b91c1c;
  }
`,
];
