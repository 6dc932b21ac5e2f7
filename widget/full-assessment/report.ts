import { html, nothing, type TemplateResult } from 'lit';
import { sortGaps } from '../../src/full/assess.js';
import type { FullBankItem } from '../../src/full/bank.js';
import type { FullResult, Soa } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import type { StandardId } from '../../src/schemas/standard.js';

/** The standards' names, the same in every language. */
export const STANDARD_NAMES: Record<StandardId, string> = {
  iso27001: 'ISO/IEC 27001',
  iso42001: 'ISO/IEC 42001',
};

/** What the results screen offers. */
export interface ReportHandlers {
  /** Lead gate not yet passed: the headline only. */
  gated: boolean;
  sortBy: 'grade' | 'section';
  setSort(by: 'grade' | 'section'): void;
  csv(standard: StandardId): void;
  json(standard: StandardId): void;
  /** The gap register as CSV. */
  gapCsv(): void;
  result(): void;
  /** The file "Open a saved assessment" reads. */
  saveCopy(): void;
  print(): void;
}

const short = (ref: string): string => ref.replace(/^(\d+):/, '$1 ');

function renderSoa(draft: Soa, t: FullTranslation): TemplateResult {
  const h = t.soa;
  const ai = draft.standard === 'iso42001';
  return html`<section class="soa" part="soa">
    <h4>${format(h.heading, { standard: STANDARD_NAMES[draft.standard] })}</h4>
    <p class="muted">${h.draftNote}</p>
    ${ai && draft.aiSystems?.length ? html`<p>${h.aiSystems}: ${draft.aiSystems.join('; ')}</p>` : nothing}
    <div class="table-wrap" tabindex="0" role="region" aria-label=${STANDARD_NAMES[draft.standard]}>
      <table>
        <thead>
          <tr>
            <th scope="col">${h.control}</th>
            <th scope="col">${h.title}</th>
            <th scope="col">${h.applicable}</th>
            <th scope="col">${h.reasons} / ${h.exclusion}</th>
            <th scope="col">${h.status}</th>
            <th scope="col">${h.reference}</th>
            <th scope="col">${h.owner}</th>
            <th scope="col">${h.plannedDate}</th>
            ${ai ? html`<th scope="col">${h.related}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${draft.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.control}</th>
                <td>${r.title}</td>
                <td>${r.applicable ? h.yes : h.no}</td>
                <td>${r.applicable ? r.reasons.map((x) => t.reasons[x]).join('; ') : r.exclusion}</td>
                <td>
                  ${r.status ? t.statuses[r.status] : ''}${r.source !== 'answer' ? ` (${t.sources[r.source]})` : ''}
                </td>
                <td>${r.reference}</td>
                <td>${r.owner}</td>
                <td>${r.plannedDate ?? ''}</td>
                ${ai ? html`<td>${(r.related ?? []).join(', ')}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/**
 * The results: readiness per standard with the honest claim, the carry-over figure, the gap register (sortable),
 * the documented information checklist, the draft SoA per standard and its exports.
 */
export function renderReport(
  result: FullResult,
  items: ReadonlyMap<string, FullBankItem>,
  drafts: readonly Soa[],
  t: FullTranslation,
  on: ReportHandlers,
): TemplateResult {
  const u = t.ui;
  return html`<div class="report" part="report">
    <ul class="readiness" role="list">
      ${result.scope.map((standard) => {
        const score = result.readiness[standard]?.score;
        const name = STANDARD_NAMES[standard];
        return html`<li>
          <strong
            >${
              score === null || score === undefined
                ? format(u.readinessNone, { standard: name })
                : format(u.readiness, { standard: name, score })
            }</strong
          >
          <span>${result.classification[standard]?.headline ?? ''}</span>
        </li>`;
      })}
    </ul>
    ${
      result.reuse
        ? html`<p>
            ${format(u.reuse, {
              implemented: result.reuse.implemented,
              partly: result.reuse.partly,
              of: result.reuse.of,
            })}
          </p>`
        : nothing
    }
    ${on.gated ? html`<p class="teaser" part="teaser">${u.gated}</p>` : renderDetail(result, items, drafts, t, on)}
  </div>`;
}

/** Everything after the headline: exports, the gap register, the documents checklist and the SoA drafts. */
function renderDetail(
  result: FullResult,
  items: ReadonlyMap<string, FullBankItem>,
  drafts: readonly Soa[],
  t: FullTranslation,
  on: ReportHandlers,
): TemplateResult {
  const u = t.ui;
  const sorted = sortGaps(result.gaps, on.sortBy);
  // Not yet assessed is a to-do, not a gap: one line with the count instead of a row each.
  const gaps = sorted.filter((g) => g.grade !== 'not-assessed');
  const open = sorted.length - gaps.length;
  return html` <h3>${u.soaHeading}</h3>
    <details class="exports no-print" part="exports">
      <summary class="button button--primary">${t.work.exportMenu}</summary>
      <ul role="list" class="exports__menu">
        ${result.scope.map(
          (standard) =>
            html`<li>
                <button type="button" class="button button--link" @click=${() => on.csv(standard)}>
                  ${format(u.downloadCsv, { standard: STANDARD_NAMES[standard] })}
                </button>
              </li>
              <li>
                <button type="button" class="button button--link" @click=${() => on.json(standard)}>
                  ${format(u.downloadJson, { standard: STANDARD_NAMES[standard] })}
                </button>
              </li>`,
        )}
        <li>
          <button type="button" class="button button--link" @click=${on.gapCsv}>${t.work.gapCsv}</button>
        </li>
        <li>
          <button type="button" class="button button--link" @click=${on.saveCopy}>${t.work.saveCopy}</button>
        </li>
        <li>
          <button type="button" class="button button--link" @click=${on.result}>${u.downloadResult}</button>
        </li>
        <li><button type="button" class="button button--link" @click=${on.print}>${u.print}</button></li>
      </ul>
    </details>

    <h3>${u.gapsHeading}</h3>
    ${
      sorted.length === 0
        ? html`<p>${u.gapsEmpty}</p>`
        : html`<label class="inline no-print"
              >${u.sortBy}
              <select
                @change=${(e: Event) =>
                  on.setSort((e.target as HTMLSelectElement).value === 'section' ? 'section' : 'grade')}
              >
                <option value="grade" ?selected=${on.sortBy === 'grade'}>${u.sortGrade}</option>
                <option value="section" ?selected=${on.sortBy === 'section'}>${u.sortSection}</option>
              </select></label
            >
            <div class="table-wrap" tabindex="0" role="region" aria-label=${u.gapsHeading}>
              <table class="gaps" part="gaps">
                <thead>
                  <tr>
                    <th scope="col">${u.requirement}</th>
                    <th scope="col">${u.gradeColumn}</th>
                    <th scope="col">${u.missing}</th>
                    <th scope="col">${u.nextStep}</th>
                    <th scope="col">${u.owner}</th>
                    <th scope="col">${u.due}</th>
                  </tr>
                </thead>
                <tbody>
                  ${gaps.map(
                    (g) =>
                      html`<tr data-ref=${g.ref}>
                        <th scope="row">${short(g.ref)} ${items.get(g.ref)?.title ?? ''}</th>
                        <td><span class="grade grade--${g.grade}">${t.grades[g.grade]}</span></td>
                        <td>${t.gap.missing[g.rule] ?? ''}</td>
                        <td>${t.gap.next[g.rule] ?? ''}</td>
                        <td>${g.owner}</td>
                        <td>${g.targetDate ?? ''}</td>
                      </tr>`,
                  )}
                  ${
                    open
                      ? html`<tr class="gaps__folded">
                          <td colspan="6">${format(t.work.folded, { count: open })}</td>
                        </tr>`
                      : nothing
                  }
                </tbody>
              </table>
            </div>`
    }

    <h3>${u.documentsHeading}</h3>
    ${result.scope.map(
      (standard) =>
        html`<h4>${STANDARD_NAMES[standard]}</h4>
          <ul class="documents" role="list">
            ${(result.documents[standard] ?? []).map(
              (d) =>
                html`<li data-state=${d.state}>
                  <span>${t.documents[d.id]}</span>
                  <span class="muted"
                    >${t.documentStates[d.state]}${d.references.length ? ` · ${d.references.join('; ')}` : ''}</span
                  >
                </li>`,
            )}
          </ul>`,
    )}
    ${drafts.map((draft) => renderSoa(draft, t))}`;
}
