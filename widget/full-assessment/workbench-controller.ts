import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { FullSession } from '../../sdk/full-session.js';
import type { FullBankItem } from '../../src/full/bank.js';
import type { EntryResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import { renderEntry, type EntryHandlers } from './entry.js';
import { openCopy } from './files.js';
import { renderTable } from './table.js';
import { passes, patchesFor, renderToolbar, type BulkAction, type Filters } from './workbench.js';

const STATUS_KEYS = ['implemented', 'partly', 'planned', 'not-started', 'unsure'] as const;
const NO_FILTERS: Filters = {
  unansweredOnly: false,
  filter: 'all',
  everywhere: false,
  grade: 'any',
  owner: '',
  prefilled: false,
};

/** What the workbench needs from the element it works in. */
export interface WorkbenchOptions {
  text(): FullTranslation | null;
  locale(): string;
  /** The section open. */
  section(): string;
  items(): ReadonlyMap<string, FullBankItem>;
  /** Runs a change; one the engine refuses is reported, never thrown. */
  act(change: () => void): void;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
  /** Opens a section. */
  go(section: string): void;
  /** A file was opened: show the assessment at `section`. */
  opened(section: string | null): void;
  entry: EntryHandlers;
}

/**
 * The workbench around the entries of a section: one by one or as a table with keys, filters over the section or
 * the whole assessment, a selection, changes to many entries with undo, "next unanswered", and opening a saved
 * file. Its state lives here; the element renders it where the entries go.
 */
export class WorkbenchController implements ReactiveController {
  filters: Filters = NO_FILTERS;
  view: 'cards' | 'table' = 'cards';
  selected: ReadonlySet<string> = new Set();
  /** The entry open beside the table. */
  openRef: string | null = null;
  /** What undo would take back, as said to the visitor. */
  undoLabel: string | null = null;
  /** What opening a file gave, for the notices. */
  message = '';
  /** Entries whose owner, evidence and dates are open. */
  readonly details = new Set<string>();
  /** An entry to focus after the next render. */
  focusRef: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly assessment: FullSession | null },
    private readonly on: WorkbenchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.focusRef = null;
  }

  /** A new section: nothing selected, nothing open. */
  leave(): void {
    this.selected = new Set();
    this.openRef = null;
  }

  /** Back to the start (the assessment was reset). */
  clear(): void {
    this.leave();
    this.undoLabel = null;
    this.message = '';
    this.filters = NO_FILTERS;
  }

  private set(patch: Partial<Pick<WorkbenchController, 'filters' | 'view' | 'selected' | 'openRef'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** The visitor opened or closed an entry's owner, evidence and dates. */
  toggleDetails(ref: string, open: boolean): void {
    if (open === this.details.has(ref)) return;
    if (open) this.details.add(ref);
    else this.details.delete(ref);
    this.host.requestUpdate();
  }

  private toggleOpen(ref: string): void {
    this.set({ openRef: this.openRef === ref ? null : ref });
  }

  /** The first entry still to confirm after `after` (in catalogue order, wrapping round), or null. */
  nextOpen(after: string | null): EntryResult | null {
    const entries = this.host.assessment?.result.entries ?? [];
    const start = after ? entries.findIndex((e) => e.ref === after) + 1 : 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[(start + i) % entries.length]!;
      if (entry.source !== 'answer') return entry;
    }
    return null;
  }

  /** Opens the section of `entry` with it in view and focused (beside the table in table view). */
  goToEntry(entry: EntryResult): void {
    this.filters = NO_FILTERS;
    this.on.go(entry.section);
    if (this.view === 'table') this.openRef = entry.ref;
    this.focusRef = entry.ref;
    this.host.requestUpdate();
  }

  where(): string | null {
    if (this.openRef) return this.openRef;
    const entries = this.host.assessment?.result.entries ?? [];
    const first = entries.findIndex((e) => e.section === this.on.section());
    return first > 0 ? (entries[first - 1]?.ref ?? null) : null;
  }

  /** A change to many entries at once (undoable), said in the live region. */
  private bulk(action: BulkAction, targets: readonly EntryResult[]): void {
    const t = this.on.text();
    const session = this.host.assessment;
    if (!t || !session) return;
    const w = t.work;
    const { patches, unjustified } = patchesFor(action, targets);
    const count = Object.keys(patches).length;
    if (count === 0) {
      this.on.announce(w.nothingChanged);
      return;
    }
    const label = {
      'not-applicable': w.actionNotApplicable,
      reason: w.actionReason,
      owner: w.actionOwner,
      date: w.actionDate,
    }[action.kind];
    this.on.act(() => session.setEntries(patches));
    this.undoLabel = label;
    this.host.requestUpdate();
    this.on.announce(
      `${format(w.changed, { action: label, count })}${unjustified ? ` ${format(w.withoutSuggestion, { count: unjustified })}` : ''}`,
    );
  }

  private undo(): void {
    const t = this.on.text();
    if (!t || !this.host.assessment?.undo()) return;
    this.host.requestUpdate();
    this.on.announce(format(t.work.undone, { action: this.undoLabel ?? '' }));
    this.undoLabel = null;
  }

  /** Opens a saved-assessment file the visitor chose; says what happened either way. */
  async openFile(file: File): Promise<void> {
    const t = this.on.text();
    const session = this.host.assessment;
    if (!t || !session) return;
    const { ok, message } = await openCopy(session, file, t, this.on.locale());
    this.message = message;
    if (ok) {
      this.undoLabel = t.work.actionImport;
      this.on.opened(session.section);
    }
    this.host.requestUpdate();
  }

  /**
   * Keys on a table row or, in the one-by-one view, on an entry: status, not applicable, next and previous
   * entry, and Enter (`enter`: opens the entry beside the table; in the one-by-one view, its details).
   */
  private handleRowKey(event: KeyboardEvent, ref: string, enter = () => this.toggleOpen(ref)): void {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const t = this.on.text();
    const session = this.host.assessment;
    if (!t || !session) return;
    const row = event.currentTarget as HTMLElement;
    const entry = session.result.entries.find((e) => e.ref === ref);
    const id = this.on.items().get(ref)?.id ?? ref;
    const move = (to: Element | null) => {
      if (to instanceof HTMLElement && to.dataset.ref) to.focus();
    };
    const key = event.key.toLowerCase();
    const digit = Number(key);
    if (key >= '1' && key <= '5') {
      const status = STATUS_KEYS[digit - 1]!;
      this.on.act(() =>
        session.setEntry(ref, entry?.kind === 'control' ? { status, applicable: true } : { status }),
      );
      this.on.announce(format(t.work.keyAnnounce, { id, value: t.statuses[status] ?? status }));
    } else if (key === '0' && entry?.kind === 'control') {
      this.on.act(() =>
        session.setEntry(ref, {
          applicable: false,
          status: undefined,
          suggestion: entry.suggested ?? undefined,
        }),
      );
      this.on.announce(format(t.work.keyAnnounce, { id, value: t.ui.doesNotApply }));
    } else if (key === 'j' || key === 'arrowdown') move(row.nextElementSibling);
    else if (key === 'k' || key === 'arrowup') move(row.previousElementSibling);
    else if (key === 'enter') enter();
    else return;
    event.preventDefault();
  }

  /** The entries of the open section, or of every section when the filters look everywhere. */
  render(t: FullTranslation): TemplateResult {
    const session = this.host.assessment!;
    const f = this.filters;
    const entries = session.result.entries.filter(
      (e) => (f.everywhere || e.section === this.on.section()) && passes(e, f),
    );
    const chosen = entries.filter((e) => this.selected.has(e.ref));
    const targets = chosen.length ? chosen : entries;
    const answers = session.answers.entries ?? {};
    const card = (entry: EntryResult) =>
      renderEntry(this.on.items().get(entry.ref)!, entry, answers[entry.ref], t, this.on.entry);
    const open = this.openRef ? session.result.entries.find((e) => e.ref === this.openRef) : undefined;
    const list =
      entries.length === 0
        ? html`<p class="muted">${t.ui.nothingShown}</p>`
        : this.view === 'table'
          ? html`<div class=${open ? 'workbench workbench--open' : 'workbench'}>
              ${renderTable(entries, this.on.items(), answers, t, {
                selected: this.selected,
                open: this.openRef,
                toggle: (ref) => {
                  const next = new Set(this.selected);
                  if (!next.delete(ref)) next.add(ref);
                  this.set({ selected: next });
                },
                toggleAll: (refs, on) => this.set({ selected: new Set(on ? refs : []) }),
                openEntry: (ref) => this.toggleOpen(ref),
                set: this.on.entry.set,
                key: (event, ref) => this.handleRowKey(event, ref),
              })}
              ${
                open
                  ? html`<div class="workbench__entry">
                      ${card(open)}
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        @click=${() => this.set({ openRef: null })}
                      >
                        ${t.work.closeEntry}
                      </button>
                    </div>`
                  : nothing
              }
            </div>`
          : entries.map((entry) =>
              renderEntry(this.on.items().get(entry.ref)!, entry, answers[entry.ref], t, {
                ...this.on.entry,
                key: (event, ref) =>
                  this.handleRowKey(event, ref, () => {
                    const details = (event.currentTarget as HTMLElement).querySelector('details');
                    if (details) details.open = !details.open;
                  }),
              }),
            );
    return html`${renderToolbar(t, {
      filters: f,
      setFilters: (patch) => this.set({ filters: { ...this.filters, ...patch }, selected: new Set() }),
      view: this.view,
      setView: (view) => this.set({ view }),
      targets: targets.length,
      selection: chosen.length > 0,
      bulk: (action) => this.bulk(action, targets),
      undo: session.canUndo ? this.undoLabel : null,
      handleUndo: () => this.undo(),
    })}
    ${f.everywhere ? html`<p class="muted" role="status">${format(t.work.matches, { count: entries.length })}</p>` : nothing}
    ${list}`;
  }
}
