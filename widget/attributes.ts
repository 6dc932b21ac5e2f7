import type { ReadinessEventMap, ReadinessEventName } from '../sdk/events.js';
import type { IsoReadiness, IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';

/** The attributes and properties of `<iso-readiness>` a template sets, typed as the element declares them. */
export interface IsoReadinessProps {
  /** Standards in scope, space-separated: `iso27001`, `iso42001` or both. */
  standards?: string;
  /** `inline` renders in place; `popup` renders a button (or uses `trigger`) that opens a dialog. */
  mode?: IsoReadiness['mode'];
  /** BCP 47 language tag; default: the page's `lang`, else English. */
  locale?: string;
  /** Colour scheme; `auto` follows the visitor's system setting. */
  theme?: IsoReadiness['theme'];
  /** Lead capture: `off`, `optional` or `gate`. */
  lead?: IsoReadiness['lead'];
  /** Popup mode: CSS selector of host elements that open the dialog. */
  trigger?: string;
  /** Distinguishes this instance's saved progress from other instances. */
  'storage-key'?: string;
  /** `off` keeps nothing in `localStorage`. */
  storage?: IsoReadiness['storage'];
  /** ISO 4217 currency for cost ranges. */
  currency?: string;
  /** Open on the first question instead of the intro. */
  'skip-intro'?: boolean;
  /** `quick` (default) or `full`: every clause requirement and Annex A control, with a draft SoA. */
  depth?: IsoReadiness['depth'];
  /** `full` with `depth="full"`: the gap assessment takes the host's full width; `contained` (default). */
  width?: IsoReadiness['width'];
  /** Everything else (branding, call to action, callbacks…); set as a property, validated. */
  config?: IsoReadinessConfig;
}

/** A `readiness-*` event as the element dispatches it. */
export type ReadinessEvent<E extends ReadinessEventName> = CustomEvent<ReadinessEventMap[E]>;
