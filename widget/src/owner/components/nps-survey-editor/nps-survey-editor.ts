import { NpsSurveyEditor } from './nps-survey-editor.component.ts';

export { NpsSurveyEditor };

if (!customElements.get('nps-survey-editor')) customElements.define('nps-survey-editor', NpsSurveyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey-editor': NpsSurveyEditor;
  }
}
