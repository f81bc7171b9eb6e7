import { css } from 'lit';
import { consoleCards, consoleForms, dashboardButtons, ownerPage } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  consoleCards,
  ownerPage,
  css`
    header label {
      display: grid;
      gap: 2px;
      font-size: 0.9em;
    }
    header select {
      inline-size: auto;
    }
    .account form {
      display: grid;
      gap: 8px;
      padding-block: 8px;
    }
    @media (max-width: 480px) {
      [part='base'] {
        padding: 8px;
      }
    }
  `,
];
