import { css } from 'lit';
import { dashboardButtons, dashboardControls, ownerPage } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  dashboardControls,
  ownerPage,
  css`
  h2 {
    margin: 0 0 8px;
    font-size: 1.05em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
    gap: 16px;
  }
  section {
    min-width: 0;
    padding: 16px;
    border-radius: var(--nps-dashboard-radius, 8px);
    background: var(--nps-dashboard-card, #fff);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.08);
  }
  section.wide {
    grid-column: 1 / -1;
  }
  [role='alert'] {
    padding: 8px 12px;
    border-radius: 6px;
    background: #fee2e2;
    color: #991b1b;
  }
  form.token {
    display: grid;
    gap: 8px;
    max-width: 420px;
  }
`,
];
