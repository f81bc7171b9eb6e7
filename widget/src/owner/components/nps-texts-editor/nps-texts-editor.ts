import { NpsTextsEditor } from './nps-texts-editor.component.ts';

export { NpsTextsEditor };

if (!customElements.get('nps-texts-editor')) customElements.define('nps-texts-editor', NpsTextsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nps-texts-editor': NpsTextsEditor;
  }
}
