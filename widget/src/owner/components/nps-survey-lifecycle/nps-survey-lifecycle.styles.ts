import { css } from 'lit';
import { consoleCards, consoleForms, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  consoleCards,
  css`
    :host {
      display: block;
    }
  `,
];
