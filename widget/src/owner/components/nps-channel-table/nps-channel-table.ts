import { NpsChannelTable } from './nps-channel-table.component.ts';

export { NpsChannelTable };

if (!customElements.get('nps-channel-table')) customElements.define('nps-channel-table', NpsChannelTable);

declare global {
  interface HTMLElementTagNameMap {
    'nps-channel-table': NpsChannelTable;
  }
}
