import { css } from 'lit';

/**
 * Text for screen readers only: out of sight, still read. (`<nps-survey>` keeps its own copy: as a module of its own
 * this costs the visitor's script 80 bytes gzipped, which its 28 KB budget has not got.)
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The dashboard's buttons: outlined, or filled with `primary`. */
export const dashboardButtons = css`
  .button {
    padding: 6px 14px;
    border: 1px solid var(--nps-dashboard-accent, #1d4ed8);
    border-radius: 6px;
    background: #fff;
    color: var(--nps-dashboard-accent, #1d4ed8);
    font: inherit;
    cursor: pointer;
  }
  .button.primary {
    background: var(--nps-dashboard-accent, #1d4ed8);
    color: #fff;
  }
`;

/** The console's forms: a label above its field, help and error below, the error in red and announced. */
export const consoleForms = css`
  form,
  .fields {
    display: grid;
    gap: 14px;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='password'],
  input:not([type]),
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 6px 8px;
    border: 1px solid #6b7280;
    border-radius: 6px;
    font: inherit;
    background: #fff;
    color: inherit;
  }
  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: #b91c1c;
    outline-color: #b91c1c;
  }
  :focus-visible {
    outline: 2px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  .help {
    margin: 0;
    color: #4b5563;
    font-size: 0.9em;
  }
  .error {
    margin: 0;
    color: #b91c1c;
    font-size: 0.9em;
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 8px 12px 12px;
    border: 1px solid #d1d5db;
    border-radius: 6px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 16px;
  }
  .check {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  code,
  pre {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
`;
