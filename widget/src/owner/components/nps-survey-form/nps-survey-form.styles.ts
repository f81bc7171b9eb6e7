import { css } from 'lit';
import { consoleForms, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  css`
    :host {
      display: block;
    }
    form {
      max-inline-size: 40em;
    }
    .numbers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
      gap: 14px;
    }
  `,
];
