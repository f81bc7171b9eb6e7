import { css } from 'lit';
import { visuallyHidden } from '../../../internal/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: block;
    overflow-x: auto;
  }
  table {
    border-collapse: separate;
    border-spacing: 4px;
    font-variant-numeric: tabular-nums;
  }
  .view {
    display: inline-flex;
    gap: 6px;
    align-items: center;
    margin-block-end: 6px;
  }
  .help {
    margin: 0 0 6px;
    color: #4b5563;
    font-size: 0.9em;
  }
  .change {
    font-size: 0.75em;
    font-weight: 500;
  }
  .change[data-significant] {
    font-weight: 700;
    text-decoration: underline;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th {
    font-weight: 500;
    padding: 4px 8px;
    text-align: center;
  }
  th[scope='row'] {
    text-align: start;
  }
  [part~='cell'] {
    /* Holds its visually hidden text: positioned against the page, it would widen a narrow one. */
    position: relative;
    display: grid;
    gap: 2px;
    width: 100%;
    min-width: 84px;
    min-height: 64px;
    padding: 6px 8px;
    border: 2px solid transparent;
    border-radius: var(--nps-dashboard-radius, 8px);
    background: var(--nps-cell-background, #f3f4f6);
    color: #111827;
    font: inherit;
    cursor: pointer;
  }
  [part~='cell'][aria-pressed='true'] {
    border-color: var(--nps-dashboard-accent, #1d4ed8);
  }
  [part~='cell']:focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  [part~='too-few'] {
    background: repeating-linear-gradient(45deg, #f3f4f6 0 6px, #e5e7eb 6px 12px);
    color: #4b5563;
  }
  .score {
    font-size: 1.25em;
    font-weight: 700;
  }
  .detail {
    font-size: 0.8em;
  }
  [part='empty'] {
    display: block;
    min-width: 84px;
    text-align: center;
    color: #9ca3af;
  }
`,
];
