import { css } from 'lit';
import { consoleForms, dashboardButtons } from '../../../internal/shared.styles.ts';

export const styles = [
  dashboardButtons,
  consoleForms,
  css`
    :host {
      display: block;
    }
    [part='base'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 900px) {
      [part='base'] {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    h2,
    h3 {
      margin: 0 0 8px;
      font-size: 1.05em;
    }
    textarea[rows='1'] {
      min-block-size: auto;
    }
    [part='preview'] {
      position: sticky;
      top: 8px;
      display: grid;
      gap: 10px;
    }
    .frame {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 560px;
      padding: 8px;
      border: 1px dashed #9ca3af;
      border-radius: 8px;
      background: #fff;
    }
    .frame.narrow {
      inline-size: 320px;
      padding: 0;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    .options fieldset {
      padding: 4px 10px 8px;
    }
  `,
];
