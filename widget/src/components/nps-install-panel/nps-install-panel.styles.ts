import { css } from 'lit';
import { consoleForms, dashboardButtons } from '../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  css`
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
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 0;
    }
    dd {
      margin: 0;
    }
    .seen {
      color: #15803d;
      font-weight: 600;
    }
    .unseen {
      color: #4b5563;
    }
  `,
];
