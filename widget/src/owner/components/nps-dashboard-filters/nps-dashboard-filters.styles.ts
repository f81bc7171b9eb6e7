import { css } from 'lit';
import { dashboardButtons, dashboardControls } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  dashboardControls,
  css`
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: end;
    }
    .chip {
      display: inline-flex;
      gap: 8px;
      align-items: center;
      padding-block: 4px;
      padding-inline: 12px 4px;
      border-radius: 999px;
      background: #dbeafe;
    }
  `,
];
