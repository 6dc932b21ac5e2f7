import { html, nothing, type TemplateResult } from 'lit';
import type { FullSession } from '../../sdk/full-session.js';
import type { EntryResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import { when } from './files.js';

/** What the notices offer. */
export interface NoticeHandlers {
  /** The first entry still to confirm, for "Continue at". */
  next: EntryResult | null;
  idOf(ref: string): string;
  goTo(entry: EntryResult): void;
  /** What opening a file gave. */
  message: string;
  save(): void;
}

/**
 * Notices about saving and files; none is printed. The welcome back says when the answers shown were saved and,
 * when a later save failed, since when nothing was: never more than the browser kept.
 */
export function renderNotices(
  t: FullTranslation,
  session: FullSession,
  locale: string,
  on: NoticeHandlers,
): TemplateResult {
  const w = t.work;
  const back =
    session.restored === 'restored' && session.savedAt !== null
      ? `${format(w.restoredAt, { date: when(locale, session.savedAt) })}${
          session.unsavedSince !== null
            ? ` ${format(w.unsavedSince, { date: when(locale, session.unsavedSince) })}`
            : ''
        }`
      : null;
  const next = on.next;
  const notices = [
    session.restored === 'discarded' ? t.ui.discarded : null,
    session.quickDiscarded ? t.ui.quickDiscarded : null,
    on.message || null,
  ].filter((n): n is string => n !== null);
  return html`${
      back
        ? html`<p class="notice" part="notice">
            ${back}
            ${
              next
                ? html`<button type="button" class="button button--link" @click=${() => on.goTo(next)}>
                    ${format(w.continueAt, { id: on.idOf(next.ref) })}
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }
    ${notices.map((n) => html`<p class="notice" part="notice">${n}</p>`)}
    <p class="notice notice--desk" part="notice">
      ${w.desk}
      <button type="button" class="button button--link" @click=${on.save}>${w.saveCopy}</button>
    </p>`;
}

/** Saving is off (storage missing at start) or has just failed: said at once, with the copy to keep instead. */
export function renderSaveAlert(t: FullTranslation, unavailable: boolean, save: () => void): TemplateResult {
  return html`<p class="notice notice--warning" part="notice">
    ${unavailable ? t.ui.unsaved : t.work.saveFailed}
    <button type="button" class="button button--secondary button--small" @click=${save}>
      ${t.work.saveCopy}
    </button>
  </p>`;
}
