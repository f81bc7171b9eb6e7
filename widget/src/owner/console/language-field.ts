import { html } from 'lit';
import { LANGUAGE_NAMES } from '../../i18n/languages.ts';

/** A language by its own name (`Ελληνικά`), or by its code when the widget does not speak it. */
export const languageName = (code: string): string =>
  LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code;

/** The field that picks which of a survey's languages an editor shows. */
export function languageField(
  id: string,
  label: string,
  languages: readonly string[],
  selected: string,
  choose: (language: string) => void,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${languages.map(
        (code) =>
          html`<option value=${code} lang=${code} ?selected=${code === selected}>${languageName(code)}</option>`,
      )}
    </select>
  </div>`;
}
