import type { Evaluate, Session } from '../../sdk/session-core.js';
import { ReadinessError } from '../../src/errors.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import { resolveConfig, type ConfigAttributes } from '../internal/config.js';
import type { LocalizeController, Overrides } from '../internal/localize-controller.js';
import type { PopupController } from '../internal/popup-controller.js';
import type { SessionController } from '../internal/session-controller.js';
import type { ResultsLoader } from './results-loader.js';
import type { LeadPlace } from './results-part.js';

/** The element as its settings read it: attributes, `config` and `id`. */
export interface SettingsHost extends ConfigAttributes {
  readonly id: string;
  readonly config: unknown;
  requestUpdate(): void;
}

/** What the settings drive. */
export interface SettingsParts {
  localize: LocalizeController;
  session: SessionController;
  loader: ResultsLoader;
  popup: PopupController;
  /** Sets the element's custom states (theme, mode, `full-width`). */
  states: (on: string[]) => void;
  /** Turns answers into the result, once the results part is here. */
  evaluate: Evaluate;
  /** A config error to tell the page about (console and `readiness-error`). */
  report(error: ReadinessError): void;
  /** A session opened for new settings. */
  opened(session: Session, config: FirstScreenConfig): void;
}

/**
 * The element's settings: attributes and `config` merged and checked, first what the first screen needs, then,
 * with the results part, the whole config. A mistake shows in the element and stops session, result and leads
 * until a valid config replaces it.
 */
export class ElementSettings {
  /** The settings the first screen needs, validated; null while the config is invalid. */
  config: FirstScreenConfig | null = null;
  /** The config error on screen, if any. */
  error: ReadinessError | null = null;
  /** Attributes and `config` merged, as the whole check reads them. */
  input: Record<string, unknown> = {};
  /** Where lead capture keeps its state, from the settings last in force. */
  private leadPlace: LeadPlace = { instance: 'default', persist: false };
  private signature = '';

  constructor(
    private readonly host: SettingsHost,
    private readonly parts: SettingsParts,
  ) {}

  /** This instance's part of its storage keys: `storage-key`, else the element's `id`, else `default`. */
  instance(config: FirstScreenConfig): string {
    return config.storageKey ?? (this.host.id || 'default');
  }

  /** Reads attributes and `config` again; opens a new session when what it depends on changed. */
  apply(): void {
    const resolved = resolveConfig(this.host, this.host.config);
    if (!resolved.ok) {
      if (this.error?.message !== resolved.error.message) this.fail(resolved.error);
      this.close();
      return;
    }
    const shown = this.error;
    this.error = null;
    this.config = resolved.config;
    this.input = resolved.input;
    this.leadPlace = { instance: this.instance(resolved.config), persist: resolved.config.storage !== false };
    const { localize, popup } = this.parts;
    // Laid over leniently until the whole check below (or with the results part) has vouched for them.
    const overrides = resolved.config.translations;
    localize.requested = resolved.config.locale;
    localize.overrides =
      typeof overrides === 'object' && overrides !== null ? (overrides as Overrides) : undefined;
    const { theme, mode, depth, width } = resolved.config;
    const wide = depth === 'full' && width === 'full' ? ['full-width'] : [];
    this.parts.states([theme ?? 'light', mode ?? 'inline', ...wide]);
    popup.setTrigger(resolved.config.mode === 'popup' ? resolved.config.trigger : undefined);
    if (resolved.signature !== this.signature) this.open(resolved.config, resolved.signature);
    this.checkWhole(shown);
  }

  /**
   * The rest of the config (lead settings, translation overrides, figures) is checked with the results part,
   * before any result or lead form is shown; a mistake there is shown like any config error, and lead capture
   * stays off. True when the whole config is valid. `shown`: the error on screen, not to be reported twice.
   */
  checkWhole(shown = this.error): boolean {
    const results = this.parts.loader.part;
    if (!results) return false;
    if (!this.config) {
      results.off(this.leadPlace);
      return false;
    }
    const failure = results.check(this.input, this.leadPlace);
    if (!failure) return true;
    // Translation overrides wait for their check: the loader brings it, then checks again.
    if (failure === 'pending') {
      void this.parts.loader.loadChecked();
      return false;
    }
    if (shown?.message !== failure.message) this.fail(failure);
    this.close();
    return false;
  }

  /** An invalid config: no session, no result and no lead until a valid one replaces it. */
  close(): void {
    this.config = null;
    this.parts.session.close();
    this.signature = '';
    this.parts.loader.part?.off(this.leadPlace);
  }

  /** Shows a readable error in the element, the console and a `readiness-error` event. */
  fail(error: ReadinessError): void {
    this.error = error;
    console.error(`<iso-readiness>: ${error.message}`);
    this.parts.report(error);
    this.host.requestUpdate();
  }

  private open(config: FirstScreenConfig, signature: string): void {
    this.signature = signature;
    let session;
    try {
      session = this.parts.session.open({
        scope: config.standards ?? ['iso27001', 'iso42001'],
        length: config.length ?? 'short',
        storage: config.storage !== false,
        instance: this.instance(config),
        figures: config.figures,
        currency: config.currency,
        translation: this.parts.localize.t,
        evaluate: this.parts.evaluate,
      });
    } catch (error) {
      this.fail(
        error instanceof ReadinessError ? error : new ReadinessError('invalid-config', String(error)),
      );
      return;
    }
    this.parts.opened(session, config);
  }
}
