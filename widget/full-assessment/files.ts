import { html, nothing, type TemplateResult } from 'lit';
import type { FullSession } from '../../sdk/full-session.js';
import { ReadinessError } from '../../src/errors.js';
import type { DocumentControl } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import { downloadJson } from '../internal/download.js';
import { printOnly } from '../internal/print.js';

/** A date and time in the visitor's language, e.g. "6 Dec 2026, 09:14". */
export const when = (locale: string, at: number): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** Today as `YYYY-MM-DD`, in the visitor's time zone. */
export const today = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Offers the assessment as the file `importFile` reads. */
export function saveCopy(session: FullSession, container: Node & ParentNode): void {
  downloadJson(session.exportFile(), `gap-assessment-${today()}.json`, container);
}

/** Reads a chosen file into the session; returns what to tell the visitor. Nothing changes when it is refused. */
export async function openCopy(
  session: FullSession,
  file: File,
  t: FullTranslation,
  locale: string,
): Promise<{ ok: boolean; message: string }> {
  const w = t.work;
  try {
    const text = await file.text();
    const { quickDropped } = session.importFile(text);
    // importFile has checked it: the file is JSON with a numeric savedAt.
    const savedAt = JSON.parse(text) as { savedAt: number };
    return {
      ok: true,
      message: `${format(w.imported, { date: when(locale, savedAt.savedAt) })}${quickDropped ? ` ${w.importQuickDropped}` : ''}`,
    };
  } catch (error) {
    if (!(error instanceof ReadinessError)) return { ok: false, message: w.importDamaged };
    if (error.code === 'import-version') return { ok: false, message: w.importVersion };
    if (error.path[1] === 'scope') return { ok: false, message: w.importScope };
    return { ok: false, message: w.importDamaged };
  }
}

/** The "Save a copy" button and the file picker behind "Open a saved assessment". */
export function renderFileActions(
  t: FullTranslation,
  save: () => void,
  open: (file: File) => void,
): TemplateResult {
  return html`<div class="files no-print" part="files">
    <button type="button" class="button button--secondary button--small" @click=${save}>
      ${t.work.saveCopy}
    </button>
    <label class="button button--secondary button--small file-picker"
      >${t.work.openFile}<input
        type="file"
        class="visually-hidden"
        accept="application/json,.json"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) open(file);
        }}
    /></label>
  </div>`;
}

/** Where the printed deliverable says whose it is: the consultancy, the client, the date, who prepared it. */
export interface PrintBrand {
  logoUrl?: string | undefined;
  consultancy?: string | undefined;
}

/** The header a printed or PDF report carries; shown on paper only. */
export function renderPrintHeader(
  t: FullTranslation,
  brand: PrintBrand | undefined,
  document: DocumentControl | undefined,
  locale: string,
): TemplateResult {
  const w = t.work;
  const d = t.soa.document;
  return html`<header class="print-header print-only" part="print-header">
    ${brand?.logoUrl ? html`<img class="print-header__logo" src=${brand.logoUrl} alt=${brand.consultancy ?? ''} />` : nothing}
    ${brand?.consultancy && !brand.logoUrl ? html`<strong>${brand.consultancy}</strong>` : nothing}
    <p>
      ${document?.organisation ? html`<strong>${format(w.preparedFor, { organisation: document.organisation })}</strong><br />` : nothing}
      ${format(w.printedOn, { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()) })}
    </p>
    <dl class="print-header__control">
      <dt>${d.preparedBy}</dt>
      <dd>${[document?.preparedBy, brand?.consultancy].filter(Boolean).join(', ') || '—'}</dd>
      <dt>${d.version}</dt>
      <dd>${document?.version ?? '—'}</dd>
      <dt>${d.approvedBy}</dt>
      <dd>${document?.approvedBy ?? d.notApproved}</dd>
    </dl>
  </header>`;
}

/** The document-control fields the SoA exports and the print carry. */
export function renderDocumentForm(
  t: FullTranslation,
  document: DocumentControl | undefined,
  set: (patch: Partial<DocumentControl>) => void,
): TemplateResult {
  const w = t.work;
  const field = (name: keyof DocumentControl, label: string, max: number) =>
    html`<div class="field">
      <label for=${`doc-${name}`}>${label}</label>
      <input
        id=${`doc-${name}`}
        type="text"
        maxlength=${max}
        .value=${document?.[name] ?? ''}
        @change=${(e: Event) => set({ [name]: (e.target as HTMLInputElement).value.trim() || undefined })}
      />
    </div>`;
  return html`<details class="document-form no-print" part="document">
    <summary>${w.documentHeading}</summary>
    ${field('organisation', w.organisation, 200)} ${field('preparedBy', w.preparedBy, 200)}
    ${field('version', w.version, 40)} ${field('approvedBy', w.approvedBy, 200)}
  </details>`;
}

// Page numbers in the margin of every printed page (Chromium 131+; others print without them).
const PAGE_CSS =
  '@page { margin: 14mm 12mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); } }';

/** Prints the element alone, with page numbers while the dialog is up. */
export function printReport(host: HTMLElement): void {
  const doc = host.ownerDocument;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    doc.defaultView?.addEventListener(
      'afterprint',
      () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)),
      { once: true },
    );
  } catch {
    // Without constructable sheets the print has no page numbers.
  }
  printOnly(host);
}
