import { css } from 'lit';
import { consoleCards, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleCards,
  css`
    :host {
      display: block;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      border-block-end: 1px solid #d1d5db;
    }
    [role='tab'] {
      padding: 8px 14px;
      border: 0;
      border-block-end: 3px solid transparent;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: var(--nps-dashboard-accent, #1d4ed8);
      font-weight: 600;
    }
  `,
];
