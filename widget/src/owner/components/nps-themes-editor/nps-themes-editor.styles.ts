import { css } from 'lit';
import { consoleForms, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  css`
    :host {
      display: block;
      max-inline-size: 760px;
    }
    h2 {
      margin: 0 0 8px;
      font-size: 1.05em;
    }
    [part='theme'] {
      display: grid;
      grid-template-columns: minmax(0, 12em) minmax(0, 1fr);
      gap: 8px 16px;
      margin: 0 0 16px;
      padding: 12px 16px;
      border: 1px solid var(--nps-dashboard-border, #d0d5dd);
      border-radius: 8px;
    }
    [part='theme'] .wide {
      grid-column: 1 / -1;
    }
    @media (max-width: 600px) {
      [part='theme'] {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    [part='progress'] {
      margin: 0 0 12px;
    }
  `,
];
