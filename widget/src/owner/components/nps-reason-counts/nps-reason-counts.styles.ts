import { css } from 'lit';
import { dashboardControls } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
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
      grid-template-columns: 8em 1fr 3em;
      gap: 8px;
      align-items: center;
    }
    meter {
      width: 100%;
    }
  `,
];
