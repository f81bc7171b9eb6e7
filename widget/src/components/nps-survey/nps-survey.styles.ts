import { css } from 'lit';

export const styles = css`
  :host {
    --nps-accent: #2563eb;
    --nps-accent-foreground: #ffffff;
    --nps-background: #ffffff;
    --nps-foreground: #111827;
    --nps-border: #9ca3af;
    --nps-radius: 12px;
    --nps-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    --nps-width: 420px;
    display: block;
    box-sizing: border-box;
    max-width: min(var(--nps-width), 100vw - 16px);
    font: 15px/1.4 var(--nps-font);
    color: var(--nps-foreground);
  }
  /* Dark when the visitor's system is, unless the site asks for theme="light"; always with theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --nps-background: #1f2937;
      --nps-foreground: #f9fafb;
      --nps-border: #6b7280;
      --nps-accent: #60a5fa;
      --nps-accent-foreground: #111827;
    }
  }
  :host([theme='dark']) {
    --nps-background: #1f2937;
    --nps-foreground: #f9fafb;
    --nps-border: #6b7280;
    --nps-accent: #60a5fa;
    --nps-accent-foreground: #111827;
  }
  :host([hidden]) {
    display: none;
  }
  /* Placed over the page, never in its flow: showing the survey shifts nothing. */
  :host([position='bottom-right']),
  :host([position='bottom-left']) {
    position: fixed;
    bottom: 8px;
    z-index: 2147483000;
  }
  :host([position='bottom-right']) {
    right: 8px;
  }
  :host([position='bottom-left']) {
    left: 8px;
  }
  [part='base'] {
    position: relative;
    padding: 16px;
    border-radius: var(--nps-radius);
    background: var(--nps-background);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
    animation: nps-in 180ms ease-out;
  }
  /* The hosted survey page: the survey is the page's content, centred, with room for long texts. */
  :host([page]) {
    --nps-width: 560px;
    margin: 0 auto;
  }
  :host([page]) [part='base'] {
    box-shadow: none;
    border: 1px solid var(--nps-border);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='base'] {
      animation: none;
    }
  }
  @keyframes nps-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  [part='question'] {
    /* Block, also as the comment's label: the end margin keeps every line clear of the close button. */
    display: block;
    margin-block: 0 12px;
    margin-inline: 0 28px;
    font-weight: 600;
  }
  [part='close'] {
    position: absolute;
    top: 6px;
    inset-inline-end: 6px;
    width: 32px;
    height: 32px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }
  button:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--nps-accent);
    outline-offset: 2px;
  }
  [part='comment'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 84px;
    padding: 8px;
    border: 1px solid var(--nps-border);
    border-radius: calc(var(--nps-radius) / 2);
    background: transparent;
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  [part='counter'] {
    margin: 4px 0 0;
    font-size: 0.8em;
    opacity: 0.8;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
    margin-block-start: 12px;
  }
  [part~='button'] {
    min-height: 40px;
    padding: 0 16px;
    border: 1px solid var(--nps-accent);
    border-radius: calc(var(--nps-radius) / 2);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part~='primary'] {
    background: var(--nps-accent);
    color: var(--nps-accent-foreground);
  }
  .footer {
    display: flex;
    justify-content: flex-end;
    margin-block-start: 12px;
    font-size: 0.85em;
  }
  [part='language'] {
    border: 1px solid var(--nps-border);
    border-radius: 6px;
    background: var(--nps-background);
    color: inherit;
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
