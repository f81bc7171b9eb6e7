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
  input[type='number'],
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

/** The owner's pages (`<nps-dashboard>`, `<nps-console>`): the page's colours and font, its column and header. */
export const ownerPage = css`
  :host {
    display: block;
    color: var(--nps-dashboard-foreground, #111827);
    background: var(--nps-dashboard-background, #f9fafb);
    font: 15px/1.5 var(--nps-dashboard-font, system-ui, sans-serif);
  }
  [part='base'] {
    display: grid;
    gap: 16px;
    max-width: 1200px;
    margin: 0 auto;
    padding: 16px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: end;
  }
  h1 {
    margin-block: 0;
    margin-inline: 0 auto;
    font-size: 1.4em;
  }
`;

/** A panel of the console: headed sections, snippets to copy, lists of one line each. */
export const consolePanel = css`
  :host {
    display: grid;
    gap: 16px;
    max-inline-size: 52em;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  section {
    display: grid;
    gap: 8px;
  }
  pre {
    margin: 0;
    padding: 10px 12px;
    overflow-x: auto;
    border-radius: 6px;
    background: #f3f4f6;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ul {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
  }
`;

/** The console's cards, headings, badges, notices and tables: what each of its screens is made of. */
export const consoleCards = css`
  h2 {
    margin: 0;
    font-size: 1.2em;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .card {
    display: grid;
    gap: 12px;
    padding: 16px;
    border-radius: var(--nps-dashboard-radius, 8px);
    background: var(--nps-dashboard-card, #fff);
    box-shadow: 0 1px 2px rgb(0 0 0 / 8%);
  }
  .notice {
    margin: 0;
    padding: 10px 12px;
    border-radius: 6px;
    background: #eff6ff;
  }
  .notice.alert {
    background: #fef2f2;
    color: #991b1b;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
  }
  .title h2 {
    margin-inline-end: auto;
  }
  .badge {
    padding: 1px 8px;
    border-radius: 999px;
    background: #e5e7eb;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .badge.active {
    background: #dcfce7;
    color: #166534;
  }
  .danger {
    border: 1px solid #fca5a5;
  }
  .button.danger {
    border-color: #b91c1c;
    background: #b91c1c;
    color: #fff;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  a {
    color: var(--nps-dashboard-accent, #1d4ed8);
  }
  @media (max-width: 480px) {
    .card {
      padding: 12px;
    }
  }
`;

/** The dashboard's fields and muted notes: a label as wide as its field, above it. */
export const dashboardControls = css`
  label {
    /* As wide as its field, not the card: a card's own choice (the interval, the category) stays beside its title. */
    display: inline-grid;
    gap: 2px;
    font-size: 0.85em;
  }
  select,
  input,
  button {
    font: inherit;
  }
  select,
  input[type='password'] {
    padding: 6px 8px;
    border: 1px solid #9ca3af;
    border-radius: 6px;
    background: #fff;
  }
  :focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  .muted {
    color: #4b5563;
  }
`;

/** A legend of coloured swatches (`--swatch` on each item). */
export const dashboardLegend = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    font-size: 0.85em;
  }
  .legend span::before {
    content: '';
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 4px;
    border-radius: 2px;
    background: var(--swatch);
  }
`;

/** A card of the dashboard that is a list, its items a grid each (a comment, a reason), one under the other. */
export const dashboardList = css`
  :host {
    display: block;
  }
  ul {
    display: grid;
    gap: 10px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
`;
