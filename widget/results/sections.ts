import { html, nothing, svg, type TemplateResult } from 'lit';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import { isSafeUrl } from '../../src/schemas/first-screen-config.js';
import type { ReportConfig } from '../../src/schemas/config.js';
import type { AssessmentResult, Classification, Reason, Recommendation } from '../../src/schemas/result.js';
import { chartLegend } from '../internal/chart-legend.js';
import { formatMoney, formatNumber } from '../internal/format.js';

// The report's parts as templates. Every figure comes from the result; these only choose what to show where.

/** What every part needs: the strings, the language, the result. */
export interface ReportContext {
  t: Translation;
  locale: string;
  result: AssessmentResult;
}

const percent = (c: ReportContext, value: number): string =>
  format(c.t.ui.results.percent, { value: formatNumber(c.locale, value) });

// Blockers that restate a figure (the readiness against its bar, the weakest domains) are drawn by the gauge
// and the chart; the list keeps what someone can act on.
const isMetric = (id: string): boolean => id === 'readiness-below-threshold' || id.startsWith('low-domain.');

/** The actions between the claim and the next tier. */
export const actionsOf = (c: Classification) => c.blockers.filter((b) => !isMetric(b.id));

/** The readiness gauge: the score as a whole number on a red, amber and green band, the aligned line marked. */
function gauge(c: ReportContext, cl: Classification): TemplateResult | typeof nothing {
  const value = cl.readiness;
  if (value === null) return nothing;
  const ui = c.t.ui.results;
  const lines = cl.thresholds;
  const band = !lines ? 'mid' : value < lines.low ? 'low' : value < lines.aligned ? 'mid' : 'ok';
  return html`<div part="gauge" class="gauge gauge--${band}">
    <p class="gauge__figure">
      <span class="gauge__number">${percent(c, value)}</span>
      <span class="gauge__label">${ui.readiness}</span>
    </p>
    <svg class="gauge__bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      ${svg`<rect class="gauge__track" width="100" height="12" rx="2"></rect>
        <rect class="gauge__fill" width=${value} height="12" rx="2"></rect>`}
      ${lines ? svg`<line class="gauge__line" x1=${lines.aligned} x2=${lines.aligned} y1="0" y2="12"></line>` : nothing}
    </svg>
    ${
      lines
        ? html`<p class="gauge__scale">
            ${format(ui.alignedFrom, { value: formatNumber(c.locale, lines.aligned) })}
          </p>`
        : nothing
    }
  </div>`;
}

/** The one sentence on what the gap (or its absence) means for this organisation. */
function consequence(c: ReportContext, cl: Classification): string {
  const ui = c.t.ui.results.consequence;
  // What buyers ask about differs: security evidence for ISO/IEC 27001, how the AI is governed for ISO/IEC 42001.
  const ai = cl.standard === 'iso42001';
  const template =
    cl.requirement === 'none'
      ? ui.noneAsked
      : cl.meetsRequirement
        ? ui.meets
        : cl.requirement === 'certified-accredited'
          ? ai
            ? ui.certificateAi
            : ui.certificate
          : ai
            ? ui.alignmentAi
            : ui.alignment;
  return format(template, { standard: c.t.standards[cl.standard] });
}

/** The first `shown` items, the rest behind a disclosure that says how many. */
function firstFew<T>(
  c: ReportContext,
  items: T[],
  item: (x: T) => TemplateResult,
  shown: number,
  label: string,
  numbered = false,
): TemplateResult {
  const rest = items.slice(shown);
  const list = (xs: T[], start = 1) =>
    numbered
      ? html`<ol class="list list--numbered" start=${start}>
          ${xs.map(item)}
        </ol>`
      : html`<ul class="list">
          ${xs.map(item)}
        </ul>`;
  return html`${list(items.slice(0, shown))}
  ${
    rest.length > 0
      ? html`<details class="more">
          <summary class="more__summary more__summary--count">
            ${format(label, { count: formatNumber(c.locale, rest.length) })}
          </summary>
          ${list(rest, shown + 1)}
        </details>`
      : nothing
  }`;
}

/** A standard's verdict: readiness, what they can say against what is asked, and what that means. */
export function standardCard(c: ReportContext, cl: Classification): TemplateResult {
  const { t } = c;
  const ui = t.ui.results;
  const head = html`<header class="standard__header">
    <h3 id="std-${cl.standard}" class="standard__name">
      ${t.standards[cl.standard]}
      <span class="standard__topic">${t.standardTopics[cl.standard]}</span>
    </h3>
    <span class="badge ${!cl.applies ? 'badge--neutral' : cl.meetsRequirement ? 'badge--ok' : 'badge--gap'}">
      ${!cl.applies ? ui.doesNotApply : cl.meetsRequirement ? ui.meets : ui.gap}
    </span>
  </header>`;
  // A standard that does not apply gets its one line, no claim, score or chart to misread as readiness.
  if (!cl.applies)
    return html`<article
      part="standard"
      class="standard standard--not-applicable"
      aria-labelledby="std-${cl.standard}"
    >
      ${head}
      <p part="headline" class="standard__headline">${cl.headline}</p>
    </article>`;
  return html`<article part="standard" class="standard" aria-labelledby="std-${cl.standard}">
    ${head} ${gauge(c, cl)}
    <dl class="standard__facts">
      <div class="fact">
        <dt>${ui.claim}</dt>
        <dd>${t.claims[cl.claim]}</dd>
      </div>
      <div class="fact">
        <dt>${ui.requirement}</dt>
        <dd>${t.requirements[cl.requirement]}</dd>
      </div>
    </dl>
    <p part="headline" class="standard__headline">${consequence(c, cl)}</p>
  </article>`;
}

/** Behind the gate: the shape of what follows, locked, so the form's reward is visible. */
export function lockedPreview(c: ReportContext): TemplateResult {
  const ui = c.t.ui.results;
  return html`<section part="teaser" class="locked" aria-labelledby="locked-heading">
    <h3 id="locked-heading" class="block__heading">${ui.lockedHeading}</h3>
    <ul class="locked__list">
      ${[ui.lockedDomains, ui.lockedPath, ui.lockedActions, ui.lockedCosts].map(
        (item) =>
          html`<li class="locked__item">
            <svg class="locked__icon" viewBox="0 0 16 16" aria-hidden="true">
              ${svg`<rect x="3" y="7" width="10" height="8" rx="1.5"></rect>
              <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke-width="1.6"></path>`}
            </svg>
            ${item}
          </li>`,
      )}
    </ul>
    <div class="locked__ghost" aria-hidden="true">
      ${[72, 48, 86, 30, 64].map(
        (w) =>
          svg`<svg class="locked__bar" viewBox="0 0 100 6" preserveAspectRatio="none"><rect width=${w} height="6" rx="1"></rect></svg>`,
      )}
    </div>
    <p class="locked__note">${c.t.lead.gate.teaser}</p>
  </section>`;
}

/** What stands between each standard and its next step: actions only, the first in view, the rest on demand. */
export function blockersSection(
  c: ReportContext,
  standards: Classification[],
): TemplateResult | typeof nothing {
  const ui = c.t.ui.results;
  const lists = standards.map((cl) => ({ cl, actions: actionsOf(cl) })).filter((l) => l.actions.length > 0);
  if (lists.length === 0) return nothing;
  return html`<section class="block" aria-labelledby="blockers">
    <h3 id="blockers" class="block__heading">${ui.blockers}</h3>
    <div class="columns">
      ${lists.map(
        ({ cl, actions }) =>
          html`<div>
            ${lists.length > 1 ? html`<h4 class="subheading">${c.t.standards[cl.standard]}</h4>` : nothing}
            ${firstFew(c, actions, (b) => html`<li>${b.text}</li>`, 1, ui.showMore)}
          </div>`,
      )}
    </div>
  </section>`;
}

/** Readiness by domain for each standard that applies, side by side where there is room. */
export function domainsSection(
  c: ReportContext,
  standards: Classification[],
): TemplateResult | typeof nothing {
  const charts = standards.filter(
    (cl) => cl.applies && (c.result.readiness[cl.standard]?.domains.length ?? 0) > 0,
  );
  if (charts.length === 0) return nothing;
  const ui = c.t.ui.results;
  const lines = charts[0]!.thresholds;
  return html`<section class="block" aria-labelledby="domains">
    <h3 id="domains" class="block__heading">${ui.domainsSection}</h3>
    <div class="columns">
      ${charts.map(
        (cl) =>
          html`<iso-readiness-domain-chart
            .readiness=${c.result.readiness[cl.standard]}
            .thresholds=${cl.thresholds ?? null}
            .t=${c.t}
            locale=${c.locale}
            no-legend
          ></iso-readiness-domain-chart>`,
      )}
    </div>
    ${chartLegend(c.t, c.locale, lines)}
  </section>`;
}

// The decisive reasons first (which standards, in which order, on what system); weeks, costs and the rest after.
const RANK = ['sequence.', 'standards.', 'target.', 'operating-model.'];
const rank = (r: Reason): number => {
  const i = RANK.findIndex((prefix) => r.id.startsWith(prefix));
  return i < 0 ? RANK.length : i;
};

/** Why this path: the top three reasons, the rest behind "show the full reasoning". */
export function reasonsSection(
  c: ReportContext,
  rec: Recommendation,
  shown: Set<string>,
): TemplateResult | typeof nothing {
  const ui = c.t.ui.results;
  // A reason whose text another section already shows (carry-over, costs) is not said twice.
  const reasons = rec.rationale
    .filter((r) => !shown.has(r.text))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  if (reasons.length === 0) return nothing;
  return html`<section class="block" aria-labelledby="reasons">
    <h3 id="reasons" class="block__heading">${ui.rationaleHeading}</h3>
    ${firstFew(c, reasons, (r) => html`<li>${r.text}</li>`, 3, ui.reasonsMore)}
  </section>`;
}

/** The path's next steps: the first one, the rest on demand (the actions above already say what to close). */
export function nextStepsSection(c: ReportContext, rec: Recommendation): TemplateResult | typeof nothing {
  if (rec.nextSteps.length === 0) return nothing;
  return html`<section class="block" aria-labelledby="next-steps">
    <h3 id="next-steps" class="block__heading">${c.t.ui.results.nextStepsHeading}</h3>
    ${firstFew(c, rec.nextSteps, (s) => html`<li>${s.text}</li>`, 1, c.t.ui.results.showMore, true)}
  </section>`;
}

export function alternativesSection(c: ReportContext, rec: Recommendation): TemplateResult | typeof nothing {
  if (rec.alternatives.length === 0) return nothing;
  return html`<section class="block" aria-labelledby="alternatives">
    <details class="more">
      <summary class="more__summary">
        <h3 id="alternatives" class="block__heading block__heading--inline">
          ${c.t.ui.results.alternativesHeading}
        </h3>
      </summary>
      <ul part="alternatives" class="list">
        ${rec.alternatives.map((a) => html`<li>${a.text}</li>`)}
      </ul>
    </details>
  </section>`;
}

export function costsSection(c: ReportContext, rec: Recommendation): TemplateResult | typeof nothing {
  if (rec.costs.length === 0) return nothing;
  const { t } = c;
  const ui = t.ui.results;
  return html`<section class="block" aria-labelledby="costs">
    <h3 id="costs" class="block__heading">${ui.costsHeading}</h3>
    <div class="table-scroll">
      <table class="costs">
        <thead>
          <tr>
            <th scope="col">${ui.costStandard}</th>
            <th scope="col">${ui.costFees}</th>
            <th scope="col">${ui.costInternal}</th>
          </tr>
        </thead>
        <tbody>
          ${rec.costs.map((cost) => {
            const m = (n: number) => formatMoney(c.locale, cost.currency, n);
            return html`<tr>
              <th scope="row">${t.standards[cost.standard]}</th>
              <td>
                ${format(ui.range, { min: m(cost.certificationFees.min), max: m(cost.certificationFees.max) })}
              </td>
              <td>
                ${format(ui.range, { min: m(cost.internalEffort.min), max: m(cost.internalEffort.max) })}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

export function reuseSection(c: ReportContext, rec: Recommendation): TemplateResult | typeof nothing {
  const reuse = rec.reuse;
  if (!reuse) return nothing;
  const ui = c.t.ui.results;
  const n = (v: number) => formatNumber(c.locale, v);
  return html`<section class="block" aria-labelledby="reuse">
    <h3 id="reuse" class="block__heading">${ui.reuseHeading}</h3>
    <p class="reuse__figures">
      <span>${format(ui.reuseQuoted, { min: n(reuse.quoted.min), max: n(reuse.quoted.max) })}</span>
      ${reuse.computed === null ? nothing : html`<span>${format(ui.reuseComputed, { value: n(reuse.computed) })}</span>`}
    </p>
    <details class="more">
      <summary class="more__summary more__summary--count">${ui.reuseHow}</summary>
      <p class="muted">${reuse.text}</p>
    </details>
  </section>`;
}

export function regulationSection(c: ReportContext, rec: Recommendation): TemplateResult | typeof nothing {
  if (rec.regulatory.length === 0) return nothing;
  const ui = c.t.ui.results;
  return html`<section class="block" aria-labelledby="regulatory">
    <details class="more">
      <summary class="more__summary">
        <h3 id="regulatory" class="block__heading block__heading--inline">
          ${format(ui.regulatoryHeadingCount, { count: formatNumber(c.locale, rec.regulatory.length) })}
        </h3>
      </summary>
      <ul class="list">
        ${rec.regulatory.map(
          (link) =>
            html`<li>
              <strong class="list__title"
                >${format(ui.regulatoryRef, { framework: ui.frameworks[link.framework], ref: link.ref })}</strong
              >
              ${link.text}
            </li>`,
        )}
      </ul>
    </details>
  </section>`;
}

/** The consultancy's own section: its slot when filled, else `report.own` from config. */
export function ownSection(
  c: ReportContext,
  own: ReportConfig['own'],
  hidden: boolean,
  onSlot: (event: Event) => void,
): TemplateResult {
  const link = own?.link && isSafeUrl(own.link.url) ? own.link : undefined;
  return html`<section part="own-section" class="block own" ?hidden=${hidden}>
    <slot name="report" @slotchange=${onSlot}>
      ${
        own
          ? html`<h3 class="block__heading">${own.heading}</h3>
              ${own.paragraphs.map((p) => html`<p>${p}</p>`)}
              ${
                link
                  ? html`<p>
                      <a class="link" href=${link.url} target="_blank" rel="noopener noreferrer"
                        >${link.label}<span class="visually-hidden"> ${c.t.ui.results.newTab}</span></a
                      >
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </slot>
  </section>`;
}
