import { IsoReadinessFull } from './full-assessment.component.js';

export { IsoReadinessFull };
// How `<iso-readiness>` shows it: with this chunk, so its first screen does not carry it.
export { renderFullScreen } from '../iso-readiness/full-screen.js';

IsoReadinessFull.define('iso-readiness-full');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-full': IsoReadinessFull;
  }
}
