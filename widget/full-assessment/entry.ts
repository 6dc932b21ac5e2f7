import { html, nothing, type TemplateResult } from 'lit';
import type { FullBankItem } from '../../src/full/bank.js';
import { INCLUSION_REASONS, STATUSES, type InclusionReason, type Status } from '../../src/full/rules.js';
import type { EntryAnswer, EntryResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';

/** What one entry's controls report back. */
export interface EntryHandlers {
  set(ref: string, patch: Partial<EntryAnswer>): void;
  confirm(ref: string): void;
  /**
   * Is the "owner, evidence and dates" part open? Given, its fields are rendered only while it is (a 37-entry
   * section opens with a third of the inputs); absent, they always are.
   */
  detailsOpen?(ref: string): boolean;
  toggleDetails?(ref: string, open: boolean): void;
  /**
   * Given (the one-by-one view), the entry is a tab stop and takes the table's status keys while it has the focus
   * itself (1–5, 0, J/K or the arrows, Enter).
   */
  key?(event: KeyboardEvent, ref: string): void;
}

const TEXT_FIELDS = ['owner', 'evidence', 'reference'] as const;
const LIMITS = { owner: 200, evidence: 1000, reference: 1000, note: 2000, justification: 2000 } as const;

// Ids go into `id` attributes: keep letters and digits only (`27001:A.5.15` → `e-27001-A-5-15`).
const idOf = (ref: string, field: string): string => `e-${ref.replace(/[^A-Za-z0-9]/g, '-')}-${field}`;
const short = (refs: readonly string[]): string => refs.map((r) => r.replace(/^(\d+):/, '$1 ')).join(', ');

/**
 * One requirement or control as a fieldset: what it asks, where a pre-filled value came from, applicability
 * (controls), status, reasons for inclusion or the justification for exclusion, and owner, evidence, reference,
 * target date and note on demand. Native inputs throughout; every change is saved by the caller.
 */
export function renderEntry(
  item: FullBankItem,
  entry: EntryResult,
  answer: EntryAnswer | undefined,
  t: FullTranslation,
  on: EntryHandlers,
): TemplateResult {
  const u = t.ui;
  const ref = item.ref;
  const control = item.kind === 'control';
  const excluded = control && !entry.applicable;
  const radio = (name: string, value: string, label: string, checked: boolean, change: () => void) =>
    html`<label class="choice" part="entry-choice"
      ><input
        type="radio"
        name=${idOf(ref, name)}
        .value=${value}
        .checked=${checked}
        @change=${change}
      /><span>${label}</span></label
    >`;
  const text = (
    field: (typeof TEXT_FIELDS)[number] | 'note' | 'justification',
    label: string,
    area = false,
  ) => {
    const id = idOf(ref, field);
    const value = answer?.[field] ?? '';
    const change = (event: Event) =>
      on.set(ref, {
        [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value.trim() || undefined,
      });
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${
        area
          ? html`<textarea
              id=${id}
              rows="2"
              maxlength=${LIMITS[field]}
              .value=${value}
              @change=${change}
            ></textarea>`
          : html`<input id=${id} type="text" maxlength=${LIMITS[field]} .value=${value} @change=${change} />`
      }
    </div>`;
  };

  const source =
    entry.source === 'carried' || entry.source === 'estimate'
      ? html`<p class="entry__source" part="entry-source">
          <span
            >${entry.source === 'carried' ? format(u.carried, { refs: short(entry.from) }) : u.estimate}</span
          >
          <button
            type="button"
            class="button button--secondary button--small"
            @click=${() => on.confirm(ref)}
          >
            ${u.confirm}<span class="visually-hidden"> ${item.id}</span>
          </button>
        </p>`
      : nothing;

  const applicability = control
    ? html`<fieldset class="group">
        <legend>${u.applicability}</legend>
        ${radio('applicable', 'yes', u.applies, entry.applicable, () => on.set(ref, { applicable: true }))}
        ${radio('applicable', 'no', u.doesNotApply, excluded, () => on.set(ref, { applicable: false }))}
      </fieldset>`
    : nothing;

  const exclusion = excluded
    ? html`${
        entry.suggested && entry.suggestion !== entry.suggested
          ? html`<p class="entry__suggestion">
              ${format(u.suggested, { text: t.suggestions[entry.suggested] ?? '' })}
              <button
                type="button"
                class="button button--link"
                @click=${() => on.set(ref, { applicable: false, suggestion: entry.suggested ?? undefined })}
              >
                ${u.useSuggestion}<span class="visually-hidden"> ${item.id}</span>
              </button>
            </p>`
          : nothing
      }
      ${
        entry.suggestion && !answer?.justification
          ? html`<p class="entry__accepted">${t.suggestions[entry.suggestion]}</p>`
          : nothing
      }
      ${text('justification', u.justification, true)}`
    : nothing;

  const status = excluded
    ? nothing
    : html`<fieldset class="group">
        <legend>${u.status}</legend>
        ${STATUSES.map((s: Status) =>
          radio('status', s, t.statuses[s] ?? s, entry.status === s, () =>
            on.set(ref, control ? { status: s, applicable: true } : { status: s }),
          ),
        )}
      </fieldset>`;

  const reasons =
    control && !excluded
      ? html`<fieldset class="group">
          <legend>${u.reasons}</legend>
          ${INCLUSION_REASONS.map((r: InclusionReason) => {
            const chosen = answer?.reasons ?? [];
            const toggle = () => {
              const next = chosen.includes(r) ? chosen.filter((x) => x !== r) : [...chosen, r];
              on.set(ref, { reasons: next.length ? next : undefined });
            };
            return html`<label class="choice" part="entry-choice"
              ><input type="checkbox" .checked=${chosen.includes(r)} @change=${toggle} /><span
                >${t.reasons[r]}</span
              ></label
            >`;
          })}
        </fieldset>`
      : nothing;

  const dateId = idOf(ref, 'date');
  const detailsOpen = on.detailsOpen?.(ref) ?? true;
  const key = on.key;
  return html`<fieldset
    class="entry"
    part="entry"
    tabindex=${key ? '0' : '-1'}
    data-ref=${ref}
    data-grade=${entry.grade}
    @keydown=${key ? (event: KeyboardEvent) => key(event, ref) : nothing}
  >
    <legend class="entry__legend">
      <span class="entry__id">${item.id}</span> <span class="entry__title">${item.title}</span>
    </legend>
    <p class="entry__text">${item.text}</p>
    ${item.help ? html`<p class="entry__help">${item.help}</p>` : nothing} ${source} ${applicability}
    ${exclusion} ${status} ${reasons}
    <details
      class="entry__details"
      part="entry-details"
      ?open=${detailsOpen && on.detailsOpen !== undefined}
      @toggle=${(event: Event) => on.toggleDetails?.(ref, (event.target as HTMLDetailsElement).open)}
    >
      <summary>
        ${u.details}${answer?.owner ? html`<span class="muted"> · ${answer.owner}</span>` : nothing}
      </summary>
      ${
        detailsOpen
          ? html`${TEXT_FIELDS.map((f) => text(f, u[f]))}
              <div class="field">
                <label for=${dateId}>${u.targetDate}</label>
                <input
                  id=${dateId}
                  type="date"
                  .value=${answer?.targetDate ?? ''}
                  @change=${(event: Event) =>
                    on.set(ref, { targetDate: (event.target as HTMLInputElement).value || undefined })}
                />
              </div>
              ${text('note', u.note, true)}`
          : nothing
      }
    </details>
    <p class="entry__meta">
      <span class="grade grade--${entry.grade}"
        >${format(u.grade, { grade: t.grades[entry.grade] ?? '' })}</span
      >
      ${entry.related.length ? html`<span>${format(u.related, { refs: short(entry.related) })}</span>` : nothing}
    </p>
  </fieldset>`;
}
