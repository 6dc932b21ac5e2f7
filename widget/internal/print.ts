import type { ReactiveController, ReactiveControllerHost } from 'lit';
// `@page` applies only from the document, never from a shadow root: page margins and numbers come from a sheet the
// widget adds to the document (constructed, so it passes `style-src 'self'`). It sits in a cascade layer of its
// own, so any `@page` rule of the host page's wins over it, and it is there only while a report is shown. Margin
// boxes (the page number) need Chromium 131 or later; other engines print without them.
const PAGE_CSS = `@layer iso-readiness-print {
  @page {
    margin: 16mm 14mm 18mm;
    @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; }
  }
}`;

// Printing the results alone (the report's own Print button): while the dialog is up, the page hides everything but
// the widget that asked.
const ONLY_CSS = `@media print {
  body * { visibility: hidden !important; }
  [data-readiness-printing], [data-readiness-printing] * { visibility: visible !important; }
  [data-readiness-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
}`;

/** Adds a constructed sheet to `doc`, after the host's own; null where the engine cannot. */
function adopt(doc: Document, text: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

/** Removes `sheet` from `doc`, leaving every other sheet where it was. */
function drop(doc: Document, sheet: CSSStyleSheet | null): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

// One page sheet per document, shared by the reports on it and removed with the last.
const pageSheets = new WeakMap<Document, { sheet: CSSStyleSheet | null; users: Set<object> }>();

/**
 * Numbers the pages of any print of `doc` (the browser's own Print and Ctrl+P too) while `user` holds it; returns
 * the release. Several reports on one page share one sheet.
 */
export function holdPageNumbers(doc: Document, user: object): () => void {
  let entry = pageSheets.get(doc);
  if (!entry) pageSheets.set(doc, (entry = { sheet: adopt(doc, PAGE_CSS), users: new Set() }));
  entry.users.add(user);
  const held = entry;
  return () => {
    held.users.delete(user);
    if (held.users.size > 0 || pageSheets.get(doc) !== held) return;
    drop(doc, held.sheet);
    pageSheets.delete(doc);
  };
}

/** Opens the browser's print dialog ("Save as PDF") showing only `host`, its pages numbered. */
export function printOnly(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const release = holdPageNumbers(doc, host);
  const only = adopt(doc, ONLY_CSS);
  host.setAttribute('data-readiness-printing', '');
  const cleanUp = () => {
    host.removeAttribute('data-readiness-printing');
    drop(doc, only);
    release();
  };
  view.addEventListener('afterprint', cleanUp, { once: true });
  view.print();
}

/** Holds the page numbers for as long as its host is connected and `shows()` says it shows a report. */
export class PageNumbers implements ReactiveController {
  private release: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shows: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shows = this.host.isConnected && this.shows();
    if (shows && !this.release) this.release = holdPageNumbers(this.host.ownerDocument, this.host);
    else if (!shows) this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.release?.();
    this.release = null;
  }
}
