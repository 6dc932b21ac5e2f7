import { IsoReadiness } from './iso-readiness.component.js';

export { IsoReadiness };

IsoReadiness.define('iso-readiness');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness': IsoReadiness;
  }
}
