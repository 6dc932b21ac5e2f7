import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Session } from '../../sdk/session-core.js';
import { browserStorage } from '../../sdk/storage.js';
import { assessWith } from '../../src/assess-with.js';
import { ITEMS } from '../../src/bank/engine-items.js';
import { ReadinessError } from '../../src/errors.js';
import { quickResultOf } from '../../src/full/project.js';
import { formatFigure, formatMoneyRange } from '../../src/i18n/intl.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { Lead } from '../../src/schemas/lead.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import type { InternalEventMap } from '../internal/base-element.js';
import { formatDate, formatMoney, formatNumber } from '../internal/format.js';
import { afterPaint } from '../internal/after-paint.js';
import { VERSION } from '../version.js';
import type { IsoReadinessFull } from '../full-assessment/full-assessment.component.js';
import type * as LeadCaptureModule from './lead-capture.js';
import type { LeadController } from './lead-controller.js';
import { forgetInstance } from './lead-keys.js';
import { SettingsCheck, type WholeSettings } from './settings-check.js';
import { sampleAnswers, WarmUp } from './warm-up.js';

/** "Forget my data", under every report: removes what this widget stored in the browser. */
const renderForget = (t: Translation, forget: () => void): TemplateResult =>
  html`<p part="forget" class="forget no-print">
    <button type="button" class="button button--link" aria-describedby="forget-hint" @click=${forget}>
      ${t.lead.forget.button}
    </button>
    <span class="forget__hint" id="forget-hint">${t.lead.forget.hint}</span>
  </p>`;

// Locales whose formatters are made already.
const prepared = new Set<string>();

/**
 * Makes the Intl formatters the report needs (the engine's figures and cost ranges, the report's numbers, money
 * and date) while the visitor is still answering: the first of a locale takes tens of milliseconds on a slow
 * phone, which would otherwise land in the click that shows the results. Every formatter is cached where it is
 * used, so this only fills those caches.
 */
function prepareFormats(tag: string, currency: string): void {
  const key = `${tag}|${currency}`;
  if (prepared.has(key)) return;
  prepared.add(key);
  const run = () => {
    try {
      // The engine writes in its translation's locale (`en`), the report in the element's (`en-GB`).
      for (const locale of new Set([tag, tag.split('-')[0] ?? tag])) {
        formatFigure(0, locale);
        formatMoneyRange({ min: 0, max: 1 }, currency, locale);
        formatNumber(locale, 0);
        formatMoney(locale, currency, 0);
        formatDate(locale, new Date());
      }
    } catch {
      // A tag Intl refuses: the report falls back on its own when it formats.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 300);
}

/**
 * The short path's offer to sharpen the result, for the results' `sharpen` slot: while coarse answers remain,
 * and once sharpened, the line pointing on to the full gap assessment.
 */
const renderSharpen = (
  t: Translation,
  session: Session,
  navigate: (event: CustomEvent<InternalEventMap['iso-readiness-navigate']>) => void,
): TemplateResult | typeof nothing =>
  session.length === 'short'
    ? html`<iso-readiness-sharpen
        slot="sharpen"
        part="sharpen"
        .t=${t}
        .precision=${session.result?.precision ?? null}
        ?sharpened=${session.phase === 'sharpen'}
        @iso-readiness-navigate=${navigate}
      ></iso-readiness-sharpen>`
    : nothing;

/** What the element hears back from its results part. */
export interface ResultsPartOptions {
  /** A lead to hand to the page (`readiness-lead`, `onLead`, dataLayer). */
  onLead: (lead: Lead) => void;
  /** A lead that could not be built or delivered (`readiness-error`). */
  onError: (error: ReadinessError) => void;
}

/** A chunk loaded once per page; a failed load is tried afresh at the next call. */
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
};

// Each loads only for a config that needs it: the check of translation overrides (with English's shape), and
// lead capture with the check of lead settings.
const importOverridesCheck = once(() => import('../../src/i18n/check.js'));
const importLeadCapture = once(() => import('./lead-capture.js'));

/** Where lead capture keeps its state: the instance's storage key part, and whether storage is on. */
export interface LeadPlace {
  instance: string;
  persist: boolean;
}

/**
 * The element's results, once they have loaded: the whole config check (lead settings, translation overrides,
 * figures), the engine, lead capture and the results screen. Loaded while the visitor answers, so none of it is
 * in what a page fetches before the first question; lead capture and the check of translation overrides are
 * chunks of their own, fetched with it only for a config that has lead settings or overrides.
 */
export class ResultsPart {
  /** Lead capture, once a config with lead settings has loaded it. */
  private leads: LeadController | null = null;
  private readonly warm: WarmUp;
  /** The whole config as last checked, while valid. */
  private whole: WholeSettings | null = null;
  private readonly settings = new SettingsCheck();
  /** Where lead capture keeps its state, as last given. */
  private place: LeadPlace = { instance: 'default', persist: false };
  private wasGated = false;
  /** The lead form waits for the paint of the results that appeared with it (`formWaits`). */
  private formPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { forget(): void },
    private readonly options: ResultsPartOptions,
  ) {
    this.warm = new WarmUp(host);
  }

  /**
   * While a question is on screen, once the whole config has passed: the first result's first times, worked
   * through out of sight (`WarmUp`), with the answers of no one (what runs and lays out, not what it says, counts).
   */
  private warmUp(t: Translation): void {
    const whole = this.whole;
    const root = this.host.shadowRoot;
    if (!whole || !root?.querySelector('iso-readiness-question')) return;
    const lang = t.locale;
    this.warm.start({
      assess: (run) =>
        this.assess(sampleAnswers(ITEMS, run), {
          scope: whole.standards ?? ['iso27001', 'iso42001'],
          translation: t,
          figures: whole.figures,
          currency: whole.currency,
        }),
      render: (result, teaser) =>
        html`<iso-readiness-results
            .result=${result}
            .t=${t}
            .cta=${whole.cta ?? null}
            .report=${whole.report ?? null}
            .branding=${whole.branding ?? null}
            ?teaser=${teaser}
            locale=${lang}
          ></iso-readiness-results>
          ${teaser ? this.form(t, result, whole, lang) : nothing}`,
      lead: () => this.leads?.warmUp(),
    });
  }

  /**
   * Resolves once `check` can judge `input`: translation overrides are checked against English's keys, a check
   * (with English's shape) loaded only for a config that has some; lead settings by lead capture, loaded only
   * for a config that has them. Rejects when either cannot be loaded.
   */
  prepare(input: unknown): Promise<void> {
    const settings = this.settings;
    return Promise.all([
      settings.missing(input, 'translations') &&
        importOverridesCheck().then((m) => settings.use('translations', m.TranslationOverridesSchema)),
      settings.missing(input, 'lead') && importLeadCapture().then((m) => this.startLeads(m)),
    ]).then(() => undefined);
  }

  private startLeads({ LeadConfigSchema, LeadController }: typeof LeadCaptureModule): void {
    if (this.leads) return;
    this.leads = new LeadController(this.host, { ...this.options, widgetVersion: VERSION });
    this.leads.configure(undefined, this.place.instance, this.place.persist);
    this.settings.use('lead', LeadConfigSchema);
  }

  /**
   * Checks the whole config (attributes and `config` merged); when valid, sets up lead capture with it and
   * returns null. An invalid config switches lead capture off and is returned, to be shown like any config error.
   * `pending`: the config has translation overrides or lead settings and their check has not loaded yet (`prepare`).
   */
  check(input: unknown, place: LeadPlace): ReadinessError | null | 'pending' {
    if (this.settings.missing(input, 'translations') || this.settings.missing(input, 'lead')) {
      this.off(place);
      return 'pending';
    }
    try {
      const whole = this.settings.parse(input);
      this.place = place;
      this.leads?.configure(whole.lead, place.instance, place.persist);
      // A config vouched for only now may bring the lead form to a screen already shown (the full assessment).
      if (!this.whole) this.host.requestUpdate();
      this.whole = whole;
      prepareFormats(
        whole.locale ?? this.host.closest('[lang]')?.getAttribute('lang') ?? 'en',
        whole.currency ?? 'EUR',
      );
    } catch (error) {
      this.off(place);
      return error instanceof ReadinessError
        ? error
        : new ReadinessError('invalid-config', String(error), ['config']);
    }
    this.wasGated = this.gated;
    return null;
  }

  /** No lead can be taken until a config passes `check`. */
  off(place: LeadPlace): void {
    this.whole = null;
    this.place = place;
    this.leads?.configure(undefined, place.instance, place.persist);
  }

  /** The last config checked is valid: results and the lead form may be shown. */
  get checked(): boolean {
    return this.whole !== null;
  }

  /** The result of the answers, in the complete translation. */
  assess(
    answers: Answers,
    options: {
      scope: StandardId[];
      translation: Translation;
      figures?: unknown;
      currency?: string;
      coarse?: string[];
    },
  ) {
    return assessWith(answers, options, options.translation);
  }

  /** Gate mode, and the visitor has not sent the form yet: the full assessment shows its headline only. */
  get gated(): boolean {
    return this.leads?.gated ?? false;
  }

  /**
   * The full assessment's lead form, slotted into its results: the lead carries the gap assessment as it stands
   * when the visitor sends it (scoped like any lead: the whole of it under `full` only).
   */
  fullLead(
    localize: { full: Translation | null; lang: string },
    settings: FirstScreenConfig,
  ): TemplateResult | typeof nothing {
    const host = this.host;
    const t = localize.full;
    if (!t || !this.checked) return nothing;
    const source = () => {
      const full = host.shadowRoot?.querySelector<IsoReadinessFull>('iso-readiness-full')?.assessment?.result;
      return full ? { result: quickResultOf(full), gapAssessment: full } : { result: null };
    };
    // Said plainly before consent: a full lead here holds everything recorded per control.
    const share = t.lead.share;
    const strings = {
      ...t,
      lead: { ...t.lead, share: { ...share, fullDetail: share.fullAssessmentDetail } },
    };
    return html`<div slot="lead">
      <div part="lead" class="lead">
        ${this.form(strings, source, settings, localize.lang)}<slot name="lead"></slot>
      </div>
      ${renderForget(t, () => host.forget())}
    </div>`;
  }

  /** The lead form, while lead capture is on. */
  private form(
    t: Translation,
    source: Parameters<LeadController['show']>[1],
    settings: FirstScreenConfig,
    lang: string,
  ) {
    const person = this.whole?.branding?.contact ?? null;
    return this.leads?.show(t.lead, source, settings.branding?.consultancy ?? '', lang, person) ?? nothing;
  }

  /**
   * The announcement once the visitor has just passed the lead gate, else ''. Asked at every update of the element,
   * with the complete translation once it is here: also where the warm-up starts.
   */
  unlocked(t: Translation | null): string {
    if (t) this.warmUp(t);
    const gated = this.gated;
    const opened = this.wasGated && !gated;
    this.wasGated = gated;
    return opened ? (t?.lead.gate.unlocked ?? '') : '';
  }

  /** Removes what lead capture stored (outbox, gate marker); returns what to announce. */
  forget(t: Translation | null): string {
    if (this.leads) this.leads.forget();
    else forgetInstance(browserStorage(), this.place.instance);
    return t?.lead.forget.done ?? '';
  }

  /**
   * Whether the lead form waits: when the results appear, their top paints first and the form below it after that
   * paint, with the rest of the report. Never once the results are on screen (a form would lose what was typed).
   */
  private formWaits(): boolean {
    if (this.formPending) return true;
    if (!this.leads?.config || this.host.shadowRoot?.querySelector('iso-readiness-results')) return false;
    this.formPending = true;
    afterPaint(() => {
      this.formPending = false;
      this.host.requestUpdate();
    });
    return true;
  }

  /** The report (or its teaser behind the lead gate), the lead form and slot, then "Forget my data". */
  render(
    t: Translation,
    lang: string,
    session: Session,
    settings: FirstScreenConfig,
    host: HTMLElement,
    on: {
      navigate: (event: CustomEvent<InternalEventMap['iso-readiness-navigate']>) => void;
      forget: () => void;
    },
  ): TemplateResult {
    const leads = this.leads;
    const sent = !!leads?.submitted && leads.status.state !== 'idle';
    const form = this.formWaits() ? nothing : this.form(t, session.result, settings, lang);
    return html`<iso-readiness-results
        part="results"
        exportparts="heading: results-heading, standard, gauge, headline, path, alternatives, own-section, cta, cta-link, cta-secondary, sticky-cta, banner, prepared-by, actions, teaser"
        .result=${session.result}
        .t=${t}
        .cta=${this.whole?.cta ?? null}
        .report=${this.whole?.report ?? null}
        .branding=${this.whole?.branding ?? null}
        .thankYou=${this.whole?.lead?.thankYou ?? null}
        .sent=${sent}
        .delivered=${leads?.status.state === 'sent'}
        client=${leads?.company ?? ''}
        .printHost=${host}
        .teaser=${this.gated}
        locale=${lang}
        @iso-readiness-navigate=${on.navigate}
        ><slot name="report" slot="report"></slot
        >${renderSharpen(t, session, on.navigate)}</iso-readiness-results
      >
      <div part="lead" class="lead">${form}<slot name="lead"></slot></div>
      ${renderForget(t, on.forget)}`;
  }
}
