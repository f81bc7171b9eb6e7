import { NpsThemesEditor } from './nps-themes-editor.component.ts';

export { NpsThemesEditor };

if (!customElements.get('nps-themes-editor')) customElements.define('nps-themes-editor', NpsThemesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nps-themes-editor': NpsThemesEditor;
  }
}
