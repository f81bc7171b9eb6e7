import { css } from 'lit';
import { dashboardControls } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
  css`
    :host {
      display: block;
    }
    /* A table wider than a narrow screen (long words of a language) scrolls within itself, not the page. */
    .scrolls {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 4px;
      border-bottom: 1px solid #e5e7eb;
      text-align: start;
    }
    /* A row's name filters to it: a button that reads as the name, underlined. */
    button {
      padding: 0;
      border: 0;
      background: none;
      color: #1d4ed8;
      font: inherit;
      text-decoration: underline;
      text-align: start;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      font-weight: 700;
    }
  `,
];
