import { css } from 'lit';
import { dashboardControls, dashboardList } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
  dashboardList,
  css`
    li {
      display: grid;
      grid-template-columns: 8em 1fr 3em;
      gap: 8px;
      align-items: center;
    }
    meter {
      width: 100%;
    }
  `,
];
