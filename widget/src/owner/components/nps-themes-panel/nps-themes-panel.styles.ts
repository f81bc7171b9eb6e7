import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(240px, 100%), 1fr));
    gap: 16px;
  }
  h3 {
    margin: 0 0 6px;
    font-size: 1em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  [part~='theme'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 8px;
    align-items: center;
    inline-size: 100%;
    padding: 6px 8px;
    border: 2px solid transparent;
    border-radius: var(--nps-dashboard-radius, 8px);
    background: #f3f4f6;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  [part~='theme'][aria-pressed='true'] {
    border-color: var(--nps-dashboard-accent, #1d4ed8);
  }
  [part~='theme']:focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  meter {
    inline-size: 100%;
    min-inline-size: 40px;
  }
  .change {
    grid-column: 1 / -1;
    color: #4b5563;
    font-size: 0.85em;
  }
  [part='comments'] {
    margin-block-start: 12px;
  }
  blockquote {
    margin: 0;
    overflow-wrap: anywhere;
  }
  mark {
    background: #fde68a;
    color: inherit;
  }
  .muted {
    color: #4b5563;
  }
  [part='corrections'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-block-start: 4px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px 2px 8px;
    border: 1px solid #d1d5db;
    border-radius: 999px;
    font-size: 0.85em;
  }
  .chip.removed {
    color: #4b5563;
    border-style: dashed;
  }
  .chip button {
    min-inline-size: 24px;
    min-block-size: 24px;
    border: 0;
    border-radius: 999px;
    background: transparent;
    font: inherit;
    cursor: pointer;
  }
  .chip button:hover {
    background: #e5e7eb;
  }
  [part='corrections'] :focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
  }
  [part='corrections'] select {
    margin-inline-start: 4px;
    font: inherit;
  }
`;
