import { html, nothing, type TemplateResult } from 'lit';
import {
  GRADES,
  INCLUSION_REASONS,
  STATUSES,
  type Grade,
  type InclusionReason,
} from '../../src/full/rules.js';
import type { EntryAnswer, EntryResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';

/** Which entries are shown. */
export interface Filters {
  unansweredOnly: boolean;
  filter: 'all' | 'unanswered' | 'excluded' | (typeof STATUSES)[number];
  /** Across every section, not only the one open. */
  everywhere: boolean;
  grade: Grade | 'any';
  owner: string;
  prefilled: boolean;
}

/** Does `entry` pass the filters? */
export function passes(entry: EntryResult, f: Filters): boolean {
  if (f.unansweredOnly && entry.source === 'answer') return false;
  if (f.grade !== 'any' && entry.grade !== f.grade) return false;
  if (f.prefilled && entry.source !== 'carried' && entry.source !== 'estimate') return false;
  if (f.owner && !entry.owner.toLowerCase().includes(f.owner.toLowerCase())) return false;
  switch (f.filter) {
    case 'all':
      return true;
    case 'unanswered':
      return entry.source !== 'answer';
    case 'excluded':
      return !entry.applicable;
    default:
      return entry.applicable && entry.status === f.filter;
  }
}

/** A change to many entries, as the bulk bar offers it. */
export type BulkAction =
  | { kind: 'not-applicable' }
  | { kind: 'reason'; reason: InclusionReason }
  | { kind: 'owner'; owner: string }
  | { kind: 'date'; date: string };

/**
 * The patches one bulk action makes to `targets`: controls marked not applicable take the engine's suggested
 * justification where it has one; a reason for inclusion is added to the applicable controls only; owner and
 * date go to every target. `unjustified` counts exclusions left without a suggested reason.
 */
export function patchesFor(
  action: BulkAction,
  targets: readonly EntryResult[],
): { patches: Record<string, Partial<EntryAnswer>>; unjustified: number } {
  const patches: Record<string, Partial<EntryAnswer>> = {};
  let unjustified = 0;
  for (const e of targets) {
    switch (action.kind) {
      case 'not-applicable':
        if (e.kind !== 'control' || (!e.applicable && e.source === 'answer')) break;
        patches[e.ref] = {
          applicable: false,
          status: undefined,
          reasons: undefined,
          suggestion: e.suggested ?? undefined,
        };
        if (!e.suggested && !e.justification) unjustified++;
        break;
      case 'reason':
        if (e.kind !== 'control' || !e.applicable || e.reasons.includes(action.reason)) break;
        patches[e.ref] = { applicable: true, reasons: [...e.reasons, action.reason] };
        break;
      case 'owner':
        if (e.owner !== action.owner) patches[e.ref] = { owner: action.owner };
        break;
      case 'date':
        if (e.targetDate !== action.date) patches[e.ref] = { targetDate: action.date };
        break;
    }
  }
  return { patches, unjustified };
}

/** What the toolbar reports back. */
export interface ToolbarHandlers {
  filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  view: 'cards' | 'table';
  setView(view: 'cards' | 'table'): void;
  /** Entries the bulk bar acts on, and whether they are a selection. */
  targets: number;
  selection: boolean;
  bulk(action: BulkAction): void;
  /** Label of the change undo takes back, or null. */
  undo: string | null;
  handleUndo(): void;
}

const valueOf = (form: HTMLFormElement, name: string): string =>
  (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';

/** View switch, filters (this section or the whole assessment) and the bulk bar with undo. */
export function renderToolbar(t: FullTranslation, on: ToolbarHandlers): TemplateResult {
  const u = t.ui;
  const w = t.work;
  const f = on.filters;
  const options: [Filters['filter'], string][] = [
    ['all', u.all],
    ['unanswered', u.unanswered],
    ...STATUSES.map((s): [Filters['filter'], string] => [s, t.statuses[s] ?? s]),
    ['excluded', u.excluded],
  ];
  const submit = (build: (form: HTMLFormElement) => BulkAction | null) => (event: SubmitEvent) => {
    event.preventDefault();
    const action = build(event.target as HTMLFormElement);
    if (action) on.bulk(action);
  };
  return html`<div class="toolbar no-print">
    <fieldset class="toolbar__view">
      <legend>${w.view}</legend>
      ${(['cards', 'table'] as const).map(
        (view) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="view"
              .checked=${on.view === view}
              @change=${() => on.setView(view)}
            /><span>${view === 'cards' ? w.cards : w.table}</span></label
          >`,
      )}
    </fieldset>
    <div class="filters" part="filters">
      <label class="choice"
        ><input
          type="checkbox"
          .checked=${f.unansweredOnly}
          @change=${(e: Event) => on.setFilters({ unansweredOnly: (e.target as HTMLInputElement).checked })}
        /><span>${u.unansweredOnly}</span></label
      >
      <label class="inline"
        >${u.show}
        <select
          @change=${(e: Event) => on.setFilters({ filter: (e.target as HTMLSelectElement).value as Filters['filter'] })}
        >
          ${options.map(([value, label]) => html`<option .value=${value} ?selected=${f.filter === value}>${label}</option>`)}
        </select></label
      >
      <label class="inline"
        >${w.lookIn}
        <select
          @change=${(e: Event) => on.setFilters({ everywhere: (e.target as HTMLSelectElement).value === 'all' })}
        >
          <option value="section" ?selected=${!f.everywhere}>${w.thisSection}</option>
          <option value="all" ?selected=${f.everywhere}>${w.everywhere}</option>
        </select></label
      >
      <label class="inline"
        >${w.finding}
        <select
          @change=${(e: Event) => on.setFilters({ grade: (e.target as HTMLSelectElement).value as Grade | 'any' })}
        >
          <option value="any" ?selected=${f.grade === 'any'}>${w.any}</option>
          ${GRADES.map((g) => html`<option value=${g} ?selected=${f.grade === g}>${t.grades[g] ?? g}</option>`)}
        </select></label
      >
      <label class="inline"
        >${w.ownerFilter}
        <input
          type="search"
          .value=${f.owner}
          @change=${(e: Event) => on.setFilters({ owner: (e.target as HTMLInputElement).value.trim() })}
      /></label>
      <label class="choice"
        ><input
          type="checkbox"
          .checked=${f.prefilled}
          @change=${(e: Event) => on.setFilters({ prefilled: (e.target as HTMLInputElement).checked })}
        /><span>${w.prefilledOnly}</span></label
      >
    </div>
    <section class="bulk" part="bulk" aria-labelledby="bulk-heading">
      <h4 id="bulk-heading">
        ${w.bulkHeading}
        <span class="muted"
          >${format(on.selection ? w.bulkSelected : w.bulkShown, { count: on.targets })}</span
        >
      </h4>
      <div class="bulk__actions">
        <button
          type="button"
          class="button button--secondary"
          @click=${() => on.bulk({ kind: 'not-applicable' })}
        >
          ${w.markNotApplicable}
        </button>
        <form
          @submit=${submit((form) => ({ kind: 'reason', reason: valueOf(form, 'reason') as InclusionReason }))}
        >
          <label class="inline"
            >${w.addReason}
            <select name="reason">
              ${INCLUSION_REASONS.map((r) => html`<option value=${r}>${t.reasons[r] ?? r}</option>`)}
            </select></label
          >
          <button type="submit" class="button button--secondary">${w.apply}</button>
        </form>
        <form
          @submit=${submit((form) => (valueOf(form, 'owner') ? { kind: 'owner', owner: valueOf(form, 'owner') } : null))}
        >
          <label class="inline">${w.setOwner} <input name="owner" type="text" maxlength="200" /></label>
          <button type="submit" class="button button--secondary">${w.apply}</button>
        </form>
        <form
          @submit=${submit((form) => (valueOf(form, 'date') ? { kind: 'date', date: valueOf(form, 'date') } : null))}
        >
          <label class="inline">${w.setDate} <input name="date" type="date" /></label>
          <button type="submit" class="button button--secondary">${w.apply}</button>
        </form>
        ${
          on.undo
            ? html`<button type="button" class="button button--secondary" part="undo" @click=${on.handleUndo}>
                ${format(w.undo, { action: on.undo })}
              </button>`
            : nothing
        }
      </div>
    </section>
  </div>`;
}
