// Printing the results alone: while the print dialog is up, the page hides everything but the widget that
// asked, and numbers the pages (`@page` applies only from the document, never from a shadow root). The sheet
// is constructed (adoptedStyleSheets), so it passes `style-src 'self'`; it is removed afterwards.
const PRINT_CSS = `@page { margin: 16mm 14mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }
@media print {
  body * { visibility: hidden !important; }
  [data-readiness-printing], [data-readiness-printing] * { visibility: visible !important; }
  [data-readiness-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
}`;

/** Opens the browser's print dialog ("Save as PDF") showing only `host`. */
export function printOnly(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    sheet = null;
  }
  host.setAttribute('data-readiness-printing', '');
  const cleanUp = () => {
    host.removeAttribute('data-readiness-printing');
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  view.addEventListener('afterprint', cleanUp, { once: true });
  view.print();
}
