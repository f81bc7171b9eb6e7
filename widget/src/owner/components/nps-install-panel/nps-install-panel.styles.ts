import { css } from 'lit';
import { consoleForms, consolePanel, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  consolePanel,
  css`
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
