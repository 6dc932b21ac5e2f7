import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ReadinessError } from '../../src/errors.js';
import { enCore } from '../../src/i18n/en/core.js';
import { forRegion, getTranslation, onTranslationsChange, resolveLanguage } from '../../src/i18n/locales.js';
import { overlay } from '../../src/i18n/overlay.js';
import { hasPart, loadFlow, loadPart, partialTranslation, type BankPart } from '../../src/i18n/parts.js';
import type { CoreTranslation, Translation } from '../../src/i18n/translation.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the host hears from the controller. */
export interface LocalizeOptions {
  /** A different translation is in force (locale switched, chunk loaded, overrides changed); not called for the first one. */
  onChange?: (translation: CoreTranslation) => void;
}

/** A consultancy's string overrides per locale tag, as config gives them (checked by the config check). */
export type Overrides = Readonly<Record<string, unknown>>;

const hosts = new Set<LocalizeController>();
let documentObserver: MutationObserver | null = null;

// One observer for the page: a change of <html lang> reaches every widget that follows it.
function watchDocument(): void {
  if (documentObserver || isServer) return;
  documentObserver = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

// Overrides that apply to a translation: its language's (`de`), then the exact regional tag's (`de-CH`).
function overridesFor(all: Overrides | undefined, locale: string, tag: string): unknown[] {
  if (!all) return [];
  const keys = [...new Set([locale.toLowerCase(), tag.toLowerCase()])];
  return keys.flatMap((key) =>
    Object.entries(all).flatMap(([k, overrides]) => (k.toLowerCase() === key ? [overrides] : [])),
  );
}

/**
 * The host's language (Shoelace's `LocalizeController`, made lazy): the `locale` it was given, else the nearest
 * `lang` in the page, else English; loads that locale's chunk on first use, lays the consultancy's overrides
 * over it (checked by the element's config check, so here only what fits is laid over), follows `lang` changes
 * on `<html>` and on the host, and re-renders the host when anything changes.
 * Until a chunk arrives `t` stays on the translation in force before (English at first) and `ready` is false.
 * English starts as the part needed before a result (`enCore`); `complete()` brings what a first result needs;
 * the scored items' questions and the help come as parts of their own (`loadPart`).
 */
export class LocalizeController implements ReactiveController {
  private requestedTag: string | undefined;
  private overrideMap: Overrides | undefined;
  private current: CoreTranslation = enCore;
  private whole = false;
  private used = false;
  private key = '';
  private hostObserver: MutationObserver | null = null;
  private unsubscribe: (() => void) | null = null;
  private loading: Promise<CoreTranslation> | null = null;
  private tag = 'en';
  /** The shipped locale whose parts make the translation in force; null for a translation given whole. */
  private partsOf: string | null = 'en';

  constructor(
    private readonly host: Host,
    private readonly options: LocalizeOptions = {},
  ) {
    host.addController(this);
  }

  /** Locale asked for by config (else the host's `locale` attribute is read); wins over the page's `lang`. */
  get requested(): string | undefined {
    return this.requestedTag;
  }
  set requested(value: string | undefined) {
    if (value === this.requestedTag) return;
    this.requestedTag = value || undefined;
    this.refresh();
  }

  /** The consultancy's string overrides per locale tag. */
  get overrides(): Overrides | undefined {
    return this.overrideMap;
  }
  set overrides(value: Overrides | undefined) {
    if (value === this.overrideMap) return;
    this.overrideMap = value;
    this.key = '';
    this.refresh();
  }

  /** The visitor's language tag in force, region included (`de-CH`), for `lang` attributes and `Intl`. */
  get lang(): string {
    return this.tag;
  }

  /** The translation in force, overrides applied: at least what questions need. */
  get t(): CoreTranslation {
    return this.current;
  }

  /** The translation in force with its result and lead texts, or null until `complete()` has brought them. */
  get full(): Translation | null {
    return this.whole ? (this.current as Translation) : null;
  }

  /**
   * Whether a part of the bank is in the translation in force: the scored items' questions (before them, only
   * their checklist lines) or the help.
   */
  has(part: BankPart): boolean {
    return this.whole && (this.partsOf === null || hasPart(this.partsOf, part));
  }

  /** Loads a part of the bank (with what a first result needs); the host re-renders once it is in force. */
  async loadPart(part: BankPart): Promise<void> {
    await Promise.all([this.complete(), this.partsOf === null ? null : loadPart(this.partsOf, part)]);
  }

  /** Resolves once the translation in force has what a first result needs (that of English loads on first call). */
  async complete(): Promise<Translation> {
    await this.loaded;
    if (this.full) return this.full;
    await loadFlow(this.current.locale);
    this.key = '';
    this.refresh();
    await this.loaded;
    if (this.full) return this.full;
    throw new ReadinessError(
      'load-failed',
      `no complete "${this.current.locale}" translation could be loaded`,
    );
  }

  /** False while the wanted locale's chunk is still loading. */
  get ready(): boolean {
    return this.loading === null;
  }

  /** Resolves once the wanted locale is in force. */
  get loaded(): Promise<CoreTranslation> {
    return (this.loading ?? Promise.resolve(this.current)).then(() => this.current);
  }

  /** The `lang` the host inherits: its own or its nearest ancestor's, else the document's. */
  private inheritedLang(): string | undefined {
    // A server render's element (Lit's DOM shim) has no ancestors to ask: the `locale` attribute decides there.
    if (isServer) return undefined;
    const own = this.host.closest<HTMLElement>('[lang]')?.lang;
    return own || document.documentElement.lang || undefined;
  }

  /** Re-reads the wanted language; switches (loading a chunk if needed) when it changed. */
  refresh(): void {
    const wanted = this.requestedTag ?? (this.host.getAttribute('locale') || undefined);
    const { locale, tag } = resolveLanguage(wanted, this.inheritedLang());
    const key = `${locale}|${tag}`;
    if (key === this.key) return;
    this.key = key;
    // English's first part is always here; the rest is fetched by `complete()`. A translation given whole
    // (registered, or loaded whole for the full assessment) wins over one assembled from parts.
    const whole = getTranslation(locale);
    this.partsOf = whole ? null : locale;
    const cached = whole ?? partialTranslation(locale) ?? (locale === 'en' ? enCore : undefined);
    if (cached) {
      this.loading = null;
      this.use(cached, tag);
      return;
    }
    const loading = loadFlow(locale).then(
      (translation) => translation,
      (error: unknown) => {
        console.warn(`<iso-readiness>: could not load the "${locale}" translation, showing English.`, error);
        return getTranslation('en') ?? partialTranslation('en') ?? enCore;
      },
    );
    this.loading = loading;
    void loading.then((translation) => {
      if (this.loading !== loading) return;
      this.loading = null;
      const fallback = translation.locale === 'en' && locale !== 'en';
      if (fallback) this.partsOf = getTranslation('en') ? null : 'en';
      this.use(translation, fallback ? 'en' : tag);
    });
  }

  private use(base: CoreTranslation, tag: string): void {
    let next = forRegion(base, tag);
    for (const overrides of overridesFor(this.overrideMap, base.locale, tag)) next = overlay(next, overrides);
    const changed = next !== this.current && JSON.stringify(next) !== JSON.stringify(this.current);
    this.tag = tag;
    this.current = next;
    this.whole = base !== enCore;
    if (changed && this.used) this.options.onChange?.(next);
    this.used = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    hosts.add(this);
    watchDocument();
    this.unsubscribe = onTranslationsChange(() => {
      this.key = '';
      this.refresh();
    });
    // Browsers, jsdom and happy-dom all have MutationObserver; a server render never connects the host.
    this.hostObserver = new MutationObserver(() => this.refresh());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang', 'locale'] });
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.hostObserver?.disconnect();
    this.hostObserver = null;
  }

  hostUpdate(): void {
    // An ancestor's `lang` may have changed without any observer seeing it; a render is a cheap moment to look.
    this.refresh();
  }
}
