import { css } from 'lit';
import { dashboardControls, dashboardLegend, dashboardList } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
  dashboardList,
  dashboardLegend,
  css`
    li {
      display: grid;
      gap: 2px;
    }
    blockquote {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    small {
      margin: 4px 0 8px;
    }
  `,
];
