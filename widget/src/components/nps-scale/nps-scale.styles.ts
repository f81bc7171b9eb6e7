import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='scale'] {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: var(--nps-scale-gap, 4px);
  }
  [part~='option'] {
    min-width: 24px;
    min-height: 40px;
    padding: 0;
    border: 1px solid var(--nps-border, #9ca3af);
    border-radius: calc(var(--nps-radius, 12px) / 2);
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  [part~='option']:hover {
    border-color: var(--nps-accent, #2563eb);
  }
  [part~='option']:focus-visible {
    outline: 3px solid var(--nps-focus, var(--nps-accent, #2563eb));
    outline-offset: 2px;
  }
  [part~='checked'] {
    background: var(--nps-accent, #2563eb);
    border-color: var(--nps-accent, #2563eb);
    color: var(--nps-accent-foreground, #fff);
  }
  [part='labels'] {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block-start: 4px;
    font-size: 0.8em;
    opacity: 0.8;
  }
`;
