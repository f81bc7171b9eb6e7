import { css } from 'lit';
import { dashboardControls, dashboardLegend } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
  dashboardLegend,
  css`
    :host {
      display: block;
    }
    ul {
      display: grid;
      gap: 10px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
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
