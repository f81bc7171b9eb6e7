import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
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
  [part='point'] {
    fill: var(--nps-dashboard-accent, #1d4ed8);
  }
  .grid {
    stroke: #d1d5db;
    stroke-width: 1;
  }
  .zero {
    stroke: #6b7280;
    stroke-dasharray: 4 3;
  }
  text {
    fill: currentColor;
    font-size: 11px;
  }
  details {
    margin-block-start: 8px;
    font-size: 0.9em;
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
