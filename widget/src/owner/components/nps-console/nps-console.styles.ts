import { css } from 'lit';
import { consoleForms, dashboardButtons, ownerPage } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  ownerPage,
  css`
    h2 {
      margin: 0;
      font-size: 1.2em;
    }
    h3 {
      margin: 0;
      font-size: 1.05em;
    }
    header label {
      display: grid;
      gap: 2px;
      font-size: 0.9em;
    }
    header select {
      inline-size: auto;
    }
    .card {
      display: grid;
      gap: 12px;
      padding: 16px;
      border-radius: var(--nps-dashboard-radius, 8px);
      background: var(--nps-dashboard-card, #fff);
      box-shadow: 0 1px 2px rgb(0 0 0 / 8%);
    }
    .account form {
      display: grid;
      gap: 8px;
      padding-block: 8px;
    }
    .sign-in {
      max-inline-size: 32em;
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
      [part='base'] {
        padding: 8px;
      }
      .card {
        padding: 12px;
      }
      th:nth-child(2),
      td:nth-child(2) {
        display: none;
      }
    }
  `,
];
