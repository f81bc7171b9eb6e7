import { mount } from './embed/mount.ts';

/** The script tag's entry: mounts the survey described by the tag's `data-*` attributes once the body exists. */
const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  if (document.body) mount(script);
  else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
}
