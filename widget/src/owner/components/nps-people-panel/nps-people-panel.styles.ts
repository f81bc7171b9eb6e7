import { css } from 'lit';
import {
  consoleForms,
  consolePanel,
  dashboardButtons,
  visuallyHidden,
} from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  consolePanel,
  visuallyHidden,
  css`
    li select {
      inline-size: auto;
    }
    .invite {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      gap: 8px 12px;
      align-items: end;
    }
    @media (max-width: 480px) {
      .invite {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
