import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  [part='band'] {
    fill: var(--nps-trend-band, rgb(37 99 235 / 0.15));
  }
  [part='line'] {
    fill: none;
    stroke: var(--nps-dashboard-accent, #1d4ed8);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  [part='previous'] {
    fill: none;
    stroke: var(--nps-trend-previous, #6b7280);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  [part~='point'] {
    fill: var(--nps-dashboard-accent, #1d4ed8);
    cursor: pointer;
  }
  [part~='point']:focus-visible {
    outline: none;
    stroke: var(--nps-dashboard-foreground, #111827);
    stroke-width: 3;
  }
  .grid {
    stroke: #d1d5db;
    stroke-width: 1;
  }
  .zero {
    stroke: #6b7280;
    stroke-dasharray: 4 3;
  }
  .axis {
    fill: currentColor;
    font-size: 13px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin: 0 0 4px;
    font-size: 0.9em;
  }
  .legend span::before {
    content: '';
    display: inline-block;
    inline-size: 24px;
    margin-inline-end: 6px;
    vertical-align: middle;
    border-block-start: 3px solid var(--nps-dashboard-accent, #1d4ed8);
  }
  .legend .before::before {
    border-block-start: 2px dashed var(--nps-trend-previous, #6b7280);
  }
  [part='tooltip'] {
    min-block-size: 1.4em;
    margin: 4px 0 0;
    font-variant-numeric: tabular-nums;
  }
  details {
    margin-block-start: 8px;
    font-size: 0.9em;
  }
  /* A phone scrolls the table within itself, not the page. */
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 2px 12px 2px 0;
    text-align: start;
  }
  [part='empty'] {
    color: #6b7280;
  }
`;
