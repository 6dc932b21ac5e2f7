import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../../src/i18n/translation.js';
import { resolveTranslation } from './translations.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

// One observer for the whole page: a change of <html lang> re-renders every widget that follows it.
function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Picks the translation for a host: its explicit locale, else the nearest `lang` in the page, else English
 * (Shoelace's `LocalizeController`). Re-renders the host when `<html lang>` changes.
 */
export class LocalizeController implements ReactiveController {
  /** Locale asked for by attribute or config; wins over the page's `lang`. */
  requested: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The language tag in force. */
  get lang(): string {
    const inherited = this.host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    return this.requested || inherited || 'en';
  }

  /** The translation in force. */
  get t(): Translation {
    return resolveTranslation(this.lang);
  }
}
