import { css } from 'lit';
import { dashboardButtons, ownerPage } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  ownerPage,
  css`
  h2 {
    margin: 0 0 8px;
    font-size: 1.05em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: end;
  }
  label {
    /* As wide as its field, not the card: a card's own choice (the interval, the category) stays beside its title. */
    display: inline-grid;
    gap: 2px;
    font-size: 0.85em;
  }
  select,
  input,
  button {
    font: inherit;
  }
  select,
  input[type='password'] {
    padding: 6px 8px;
    border: 1px solid #9ca3af;
    border-radius: 6px;
    background: #fff;
  }
  :focus-visible {
    outline: 3px solid var(--nps-dashboard-accent, #1d4ed8);
    outline-offset: 2px;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    font-size: 0.85em;
  }
  .legend span::before {
    content: '';
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 4px;
    border-radius: 2px;
    background: var(--swatch);
  }
  .chip {
    display: inline-flex;
    gap: 8px;
    align-items: center;
    padding-block: 4px;
    padding-inline: 12px 4px;
    border-radius: 999px;
    background: #dbeafe;
  }
  ul.comments,
  ul.reasons {
    display: grid;
    gap: 10px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .comments li {
    display: grid;
    gap: 2px;
  }
  .comments blockquote {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .comments small,
  [part='change'] {
    margin: 4px 0 8px;
  }
  .significant {
    font-weight: 700;
  }
  .muted {
    color: #4b5563;
  }
  .reasons li {
    display: grid;
    grid-template-columns: 8em 1fr 3em;
    gap: 8px;
    align-items: center;
  }
  .reasons meter {
    width: 100%;
  }
  /* A table wider than a narrow screen (long words of a language) scrolls within itself, not the page. */
  .scrolls {
    overflow-x: auto;
  }
  table.channels {
    width: 100%;
    border-collapse: collapse;
  }
  .channels th,
  .channels td {
    padding: 6px 4px;
    border-bottom: 1px solid #e5e7eb;
    text-align: start;
  }
  /* A row's name filters to it: a button that reads as the name, underlined. */
  .channels button {
    padding: 0;
    border: 0;
    background: none;
    color: #1d4ed8;
    font: inherit;
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .channels button[aria-pressed='true'] {
    font-weight: 700;
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
