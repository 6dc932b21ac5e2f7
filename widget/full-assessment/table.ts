import { html, nothing, type TemplateResult } from 'lit';
import type { FullBankItem } from '../../src/full/bank.js';
import { STATUSES, type Status } from '../../src/full/rules.js';
import type { EntryAnswer, EntryResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';

/** What the table reports back. */
export interface TableHandlers {
  selected: ReadonlySet<string>;
  /** The entry open beside the table. */
  open: string | null;
  toggle(ref: string): void;
  toggleAll(refs: readonly string[], on: boolean): void;
  openEntry(ref: string): void;
  set(ref: string, patch: Partial<EntryAnswer>): void;
  key(event: KeyboardEvent, ref: string): void;
}

/**
 * The compact table: one row per requirement or control (id, title, applies, status, owner), native controls in
 * each row, and keys on a focused row for status and moving on. The full entry opens beside it.
 */
export function renderTable(
  entries: readonly EntryResult[],
  items: ReadonlyMap<string, FullBankItem>,
  answers: Readonly<Record<string, EntryAnswer>>,
  t: FullTranslation,
  on: TableHandlers,
): TemplateResult {
  const w = t.work;
  const refs = entries.map((e) => e.ref);
  const all = refs.length > 0 && refs.every((ref) => on.selected.has(ref));
  return html`<div class="workbench__table">
    <p class="muted table-keys" id="table-keys">${w.keys}</p>
    <div class="table-wrap">
      <table class="entries" part="entry-table" aria-describedby="table-keys">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label=${w.selectAll}
                .checked=${all}
                @change=${(e: Event) => on.toggleAll(refs, (e.target as HTMLInputElement).checked)}
              />
            </th>
            <th scope="col">${w.id}</th>
            <th scope="col">${w.title}</th>
            <th scope="col">${w.applies}</th>
            <th scope="col">${t.soa.status}</th>
            <th scope="col">${t.ui.owner}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((entry) => {
            const item = items.get(entry.ref);
            const id = item?.id ?? entry.ref;
            const control = entry.kind === 'control';
            const status = entry.applicable ? (entry.status ?? '') : '';
            return html`<tr
              data-ref=${entry.ref}
              tabindex="0"
              class=${on.open === entry.ref ? 'row row--open' : 'row'}
              aria-selected=${on.selected.has(entry.ref) ? 'true' : 'false'}
              @keydown=${(e: KeyboardEvent) => on.key(e, entry.ref)}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label=${format(w.select, { id })}
                  .checked=${on.selected.has(entry.ref)}
                  @change=${() => on.toggle(entry.ref)}
                />
              </td>
              <th scope="row">
                <button
                  type="button"
                  class="button button--link"
                  aria-label=${format(w.openEntry, { id })}
                  aria-expanded=${on.open === entry.ref ? 'true' : 'false'}
                  @click=${() => on.openEntry(entry.ref)}
                >
                  ${id}
                </button>
                ${entry.source === 'carried' || entry.source === 'estimate' ? html`<span class="muted">*</span>` : nothing}
              </th>
              <td>${item?.title ?? ''}</td>
              <td>
                ${
                  control
                    ? html`<select
                        aria-label=${`${w.applies} ${id}`}
                        @change=${(e: Event) =>
                          on.set(entry.ref, { applicable: (e.target as HTMLSelectElement).value === 'yes' })}
                      >
                        <option value="yes" ?selected=${entry.applicable}>${t.ui.applies}</option>
                        <option value="no" ?selected=${!entry.applicable}>${t.ui.doesNotApply}</option>
                      </select>`
                    : html`<span class="muted">${t.ui.applies}</span>`
                }
              </td>
              <td>
                <select
                  aria-label=${`${t.soa.status} ${id}`}
                  ?disabled=${!entry.applicable}
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value as Status | '';
                    on.set(
                      entry.ref,
                      value
                        ? { status: value, ...(control ? { applicable: true } : {}) }
                        : { status: undefined },
                    );
                  }}
                >
                  <option value="" ?selected=${status === ''}>—</option>
                  ${STATUSES.map((s) => html`<option value=${s} ?selected=${status === s}>${t.statuses[s] ?? s}</option>`)}
                </select>
              </td>
              <td>
                <input
                  type="text"
                  maxlength="200"
                  aria-label=${`${t.ui.owner} ${id}`}
                  .value=${answers[entry.ref]?.owner ?? ''}
                  @change=${(e: Event) =>
                    on.set(entry.ref, { owner: (e.target as HTMLInputElement).value.trim() || undefined })}
                />
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </div>`;
}
