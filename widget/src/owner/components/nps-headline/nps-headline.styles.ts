import { css } from 'lit';
import { dashboardControls, dashboardLegend } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardControls,
  dashboardLegend,
  css`
    :host {
      display: block;
    }
    [part='headline'] {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: baseline;
    }
    [part='nps'] {
      font-size: 3em;
      font-weight: 800;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }
    [part='change'] {
      margin: 4px 0 8px;
    }
    .significant {
      font-weight: 700;
    }
    [part='split'] {
      display: flex;
      height: 16px;
      margin: 12px 0 4px;
      overflow: hidden;
      border-radius: 8px;
      background: #e5e7eb;
    }
    .promoters {
      background: #16a34a;
    }
    .passives {
      background: #9ca3af;
    }
    .detractors {
      background: #dc2626;
    }
  `,
];
