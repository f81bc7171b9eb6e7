import { css } from 'lit';
import { consoleCards, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleCards,
  css`
    :host {
      display: block;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      padding: 8px 8px 8px 0;
      border-block-end: 1px solid #e5e7eb;
      text-align: start;
      vertical-align: baseline;
    }
    @media (max-width: 480px) {
      th:nth-child(2),
      td:nth-child(2) {
        display: none;
      }
    }
  `,
];
