import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { draftKey } from '../../sdk/draft.js';
import { openSession, type Evaluate, type Session } from '../../sdk/session-core.js';
import { browserStorage } from '../../sdk/storage.js';
import { FLOW_ITEMS } from '../../src/bank/flow-items.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { StandardId } from '../../src/schemas/standard.js';

/** What a session is opened with. */
export interface SessionOptions {
  scope: StandardId[];
  /** Save progress in `localStorage`. */
  storage: boolean;
  /** Instance part of the draft key (from `storage-key`, else `id`, else `default`). */
  instance: string;
  figures?: unknown;
  currency?: string;
  /** `short` or `standard`. */
  length: 'short' | 'standard';
  translation: CoreTranslation;
  /** Turns answers into the result; the element's engine, loaded while the visitor answers. */
  evaluate: Evaluate;
}

// Draft keys claimed by elements on this page. The first element to open a session with a key owns it, for as
// long as it stays in the page; a second one with the same key (two embeds without `id`) gets `key~2`, and the
// integrator is told (once per element), since only distinct ids keep each embed's draft its own across reloads.
const claimed = new Map<string, object>();
const warned = new WeakSet<object>();

function claim(base: string, owner: object): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}~${n}`;
    const holder = claimed.get(key);
    if (!holder || holder === owner) {
      claimed.set(key, owner);
      if (n > 1 && !warned.has(owner)) {
        warned.add(owner);
        console.warn(`<iso-readiness>: "${base}" is taken; give each instance an id or storage-key.`);
      }
      return key;
    }
  }
}

/**
 * Owns the host's `Session` (the engine's flow) and its draft in storage: one versioned key per instance,
 * re-rendering the host after every change, and saying honestly whether progress is being saved.
 */
export class SessionController implements ReactiveController {
  /** The flow, once opened. */
  session: Session | null = null;
  /** Storage was asked for but the browser refuses it. */
  storageUnavailable = false;
  private key = '';
  private worded: CoreTranslation | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Opens a fresh session (restoring this instance's draft, if any). Throws `ReadinessError` on bad options. */
  open(options: SessionOptions): Session {
    this.close();
    // A server renders page after page in one process: claims there would pile up (`…~2`, `…~3`) and warn.
    const base = draftKey(options.scope, options.instance);
    this.key = isServer ? base : claim(base, this);
    const storage = options.storage ? browserStorage() : null;
    // A server render has no storage to offer, and the visitor's browser may well have one: no notice there.
    this.storageUnavailable = options.storage && storage === null && !isServer;
    const config = {
      scope: options.scope,
      length: options.length,
      storage,
      storageKey: this.key,
      figures: options.figures,
      currency: options.currency,
      translation: options.translation,
    };
    // The flow's copy of the bank: which standards each item evidences, not its refs, weights or milestones.
    const session = openSession(
      config,
      { items: FLOW_ITEMS, translation: options.translation },
      options.evaluate,
    );
    this.worded = options.translation;
    this.unsubscribe = session.subscribe(() => this.host.requestUpdate());
    this.session = session;
    return session;
  }

  /** Words the session's questions in `t` when it is not what they were last worded in. */
  speak(t: CoreTranslation): void {
    if (this.session && this.worded !== t) this.session.setTranslation((this.worded = t));
  }

  /** Progress is not being kept: storage refused at start or on the last save. */
  get unsaved(): boolean {
    return this.storageUnavailable || this.session?.persistence === 'unavailable';
  }

  /** Stops listening and releases this instance's key. */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session = null;
    if (claimed.get(this.key) === this) claimed.delete(this.key);
  }

  hostDisconnected(): void {
    if (claimed.get(this.key) === this) claimed.delete(this.key);
  }

  hostConnected(): void {
    if (this.session && this.key) claim(this.key, this);
  }
}
