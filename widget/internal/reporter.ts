import { invokeCallback, type ReadinessCallbacks, type ReadinessEventMap } from '../../sdk/events.js';
import type { ReadinessElement } from './base-element.js';
import { pushDataLayer } from './data-layer.js';

/**
 * Tells the page about one occurrence, once on each channel: the DOM event, the config callback of the same
 * name (a throwing callback is reported, never rethrown) and, when enabled, a `dataLayer` push.
 */
export function report<K extends keyof ReadinessEventMap>(
  host: ReadinessElement,
  channels: { callbacks: unknown; dataLayer: boolean },
  name: K,
  detail: ReadinessEventMap[K],
): void {
  host.emit(name, detail);
  invokeCallback(channels.callbacks as ReadinessCallbacks | undefined, name, detail);
  if (channels.dataLayer) pushDataLayer(name, detail);
}
