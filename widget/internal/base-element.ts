import { LitElement } from 'lit';
import type { ReadinessEventMap } from '../../sdk/events.js';

/** Internal events between the widget's own parts: not composed, never seen by the host page. */
export interface InternalEventMap {
  /** A question's answer changed. */
  'iso-readiness-answer': { id: string; value: string | string[] };
  /** The visitor asked to move on or back, or (after a short-path result) to sharpen it. */
  'iso-readiness-navigate': { to: 'next' | 'back' | 'restart' | 'sharpen' };
  /** The visitor opened a question's help before its text arrived: fetch it now. */
  'iso-readiness-help': { id: string };
}

/**
 * Base of every `<iso-readiness*>` element: a typed `emit` over the shared event map and an idempotent
 * `define`, so class modules stay free of side effects (Shoelace's `ShoelaceElement`).
 */
export class ReadinessElement extends LitElement {
  /** Tags this element renders, defined together with it. */
  static dependencies: Record<string, typeof ReadinessElement> = {};

  /** The engine's `CustomStateSet`, once asked for. */
  #states?: CustomStateSet;

  /** Registers the element under `tag` and its dependencies; does nothing for a tag already taken. */
  static define(tag: string): void {
    for (const [childTag, child] of Object.entries(this.dependencies)) child.define(childTag);
    if (typeof customElements === 'undefined' || customElements.get(tag)) return;
    customElements.define(tag, this);
  }

  /**
   * A server render (`@lit-labs/ssr`) leaves a declarative shadow root with its markup. With Lit's hydration support
   * on the page, Lit hydrates it; without, Lit would render beside it (two intros), so the server's markup goes.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport)
      this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * Registers the tags this element renders that are not defined yet, so a subclass registered the standard way
   * (`customElements.define('acme-check', class extends IsoReadiness {})`) still finds its parts.
   */
  override connectedCallback(): void {
    const own = this.constructor as typeof ReadinessElement;
    for (const [childTag, child] of Object.entries(own.dependencies)) child.define(childTag);
    super.connectedCallback();
  }

  /**
   * Sets the custom states that are on (`iso-readiness:state(dark)` for the host's CSS), and lists the ones on in a
   * `data-state` attribute, which the element's own styles read: engines without `attachInternals` (happy-dom) or
   * its `states` (jsdom, Safari before 17.4, Firefox before 126), or that take only `--`-prefixed names (Chrome
   * before 125), drop a rule that names `:state()`, and throw below. An attribute rather than `dataset`, which a
   * server render's element (Lit's DOM shim) lacks: there the attribute goes into the server's HTML.
   */
  protected setStates(on: string[]): void {
    this.setAttribute('data-state', on.join(' '));
    try {
      const set = (this.#states ??= this.attachInternals().states);
      set.clear();
      on.forEach((name) => set.add(name));
    } catch {
      // the attribute above is all such an engine gets
    }
  }

  /** Dispatches a public `readiness-*` event: bubbles, composed, typed detail. */
  emit<K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]): CustomEvent {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
    this.dispatchEvent(event);
    return event;
  }

  /** Dispatches an internal event to the parent part that renders this one. */
  signal<K extends keyof InternalEventMap>(name: K, detail: InternalEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: false, composed: false, detail }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'readiness-start': CustomEvent<ReadinessEventMap['readiness-start']>;
    'readiness-step': CustomEvent<ReadinessEventMap['readiness-step']>;
    'readiness-complete': CustomEvent<ReadinessEventMap['readiness-complete']>;
    'readiness-lead': CustomEvent<ReadinessEventMap['readiness-lead']>;
    'readiness-error': CustomEvent<ReadinessEventMap['readiness-error']>;
    'iso-readiness-answer': CustomEvent<InternalEventMap['iso-readiness-answer']>;
    'iso-readiness-navigate': CustomEvent<InternalEventMap['iso-readiness-navigate']>;
    'iso-readiness-help': CustomEvent<InternalEventMap['iso-readiness-help']>;
  }
}
