import { IsoReadinessSharpen } from './sharpen.component.js';

export { IsoReadinessSharpen };

IsoReadinessSharpen.define('iso-readiness-sharpen');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-sharpen': IsoReadinessSharpen;
  }
}
