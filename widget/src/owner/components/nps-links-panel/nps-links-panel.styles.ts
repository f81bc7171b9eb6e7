import { css } from 'lit';
import { consoleForms, consolePanel, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  consolePanel,
  css`
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 8px 12px;
      align-items: end;
    }
    /* The email as a mail client shows it: its own document, no script, nothing of the console's styles. */
    iframe {
      width: 100%;
      max-width: 600px;
      height: 11rem;
      border: 1px solid #d1d5db;
      border-radius: 6px;
      background: #fff;
    }
    textarea[readonly] {
      width: 100%;
      min-height: 6rem;
      font: 12px/1.4 ui-monospace, monospace;
    }
    .warning {
      color: #92400e;
      font-weight: 600;
    }
  `,
];
