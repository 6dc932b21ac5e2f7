import { FullSession, fullDraftKey } from '../../sdk/full-session.js';
import type { Session } from '../../sdk/session-core.js';
import { browserStorage } from '../../sdk/storage.js';
import type { StandardId } from '../../src/schemas/standard.js';
import type { Answers } from '../../src/schemas/result.js';
import type { ResultTranslation } from '../../src/i18n/translation.js';

// Answers compared whatever the order their keys were given in.
const sameAnswers = (a: Readonly<Answers>, b: Readonly<Answers>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** What the link tells the element. */
export interface LinkHost {
  /** Something changed: render again. */
  changed(): void;
  /** Saving just stopped working, said once per element. */
  unsaved(): void;
  /** The quick check was reset: every answer here goes too. */
  reset(): void;
}

/**
 * The full assessment's saved session, and its tie to the quick check: opened pre-filled from the quick check's
 * answers, following them as they change (another tab, the quick check itself), and reset with it.
 */
export class SessionLink {
  /** The assessment in progress, once open. */
  session: FullSession | null = null;
  /** Saving was off from the start: the browser has no storage. */
  unavailable = false;
  /** A save failed since the session opened. */
  saveFailed = false;
  private unsubscribe: (() => void) | null = null;
  private unfollow: (() => void) | null = null;
  private followed: Session | null = null;
  private reportedUnsaved = false;

  constructor(private readonly host: LinkHost) {}

  /** Opens the saved assessment for `scope` and `instance`, pre-filled from `quick`. */
  open(options: {
    scope: StandardId[];
    instance: string;
    storage: boolean;
    translation: ResultTranslation | null;
    quick: Answers | undefined;
  }): FullSession {
    const storage = options.storage ? browserStorage() : null;
    this.unavailable = options.storage && storage === null;
    this.unsubscribe?.();
    const session = new FullSession({
      scope: options.scope,
      storage,
      storageKey: fullDraftKey(options.scope, options.instance),
      translation: options.translation ?? undefined,
    });
    // A visitor who took the quick check goes deeper without answering again.
    const quick = options.quick;
    if (quick && Object.keys(quick).length && !sameAnswers(quick, session.answers.quick ?? {}))
      session.setQuick({ ...quick });
    this.unsubscribe = session.subscribe(() => {
      // Shown at once, in the alert region: nothing typed after this point is kept by the browser.
      this.saveFailed = session.persistence === 'unavailable';
      if (session.persistence === 'unavailable' && !this.reportedUnsaved) {
        this.reportedUnsaved = true;
        this.host.unsaved();
      }
      this.host.changed();
    });
    this.session = session;
    return session;
  }

  /** Follows the quick check's session (null: none); answers changed there pre-fill here. */
  follow(quick: Session | null): void {
    if (quick === this.followed) return;
    this.unfollow?.();
    this.unfollow = null;
    this.followed = quick;
    if (!quick) return;
    this.unfollow = quick.subscribe((change) => {
      if (change.type === 'reset') return this.host.reset();
      const session = this.session;
      const answers = quick.answers;
      if (session && Object.keys(answers).length && !sameAnswers(answers, session.answers.quick ?? {}))
        session.setQuick({ ...answers });
    });
  }

  /** Forgets every answer here. */
  reset(): void {
    this.session?.reset();
    this.saveFailed = false;
  }
}
