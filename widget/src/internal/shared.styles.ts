import { css } from 'lit';

/**
 * Text for screen readers only: out of sight, still read. (`<nps-survey>` keeps its own copy: as a module of its own
 * this costs the visitor's script 80 bytes gzipped, which its 28 KB budget has not got.)
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The dashboard's buttons: outlined, or filled with `primary`. */
export const dashboardButtons = css`
  .button {
    padding: 6px 14px;
    border: 1px solid var(--nps-dashboard-accent, #1d4ed8);
    border-radius: 6px;
    background: #fff;
    color: var(--nps-dashboard-accent, #1d4ed8);
    font: inherit;
    cursor: pointer;
  }
  .button.primary {
    background: var(--nps-dashboard-accent, #1d4ed8);
    color: #fff;
  }
`;
