import { html, nothing, type TemplateResult } from 'lit';
import type { FullSession } from '../../sdk/full-session.js';
import type { FullBankItem } from '../../src/full/bank.js';
import type { DocumentControl, SoaControl } from '../../src/full/schemas.js';
import { gapRegisterCsv, soa, soaCsv } from '../../src/full/soa.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import { downloadJson } from '../internal/download.js';
import { downloadText } from './export.js';
import {
  printReport,
  renderDocumentForm,
  renderPrintHeader,
  saveCopy,
  today,
  type PrintBrand,
} from './files.js';
import { renderReport } from './report.js';

/** What the results screen needs from the element. */
export interface ResultsContext {
  session: FullSession;
  t: FullTranslation;
  items: ReadonlyMap<string, FullBankItem>;
  /** Lead gate not passed (or not yet checked): the headline only. */
  gated: boolean;
  sortBy: 'grade' | 'section';
  setSort(by: 'grade' | 'section'): void;
  branding: PrintBrand | undefined;
  locale: string;
  /** Where download links are put for a moment. */
  container: Node & ParentNode;
  /** What is printed: the outermost element of the widget. */
  printHost: HTMLElement;
  act(change: () => void): void;
}

/** The SoA's document control for an export made today. */
export function soaControl(
  document: DocumentControl | undefined,
  branding: PrintBrand | undefined,
): SoaControl {
  return {
    organisation: document?.organisation ?? '',
    preparedBy: document?.preparedBy ?? branding?.consultancy ?? '',
    approvedBy: document?.approvedBy ?? '',
    version: document?.version ?? '',
    date: today(),
  };
}

/**
 * The results: the print header (paper only), the document details behind the exports, the report with its
 * export menu, and the slot for the lead form.
 */
export function renderResults(c: ResultsContext): TemplateResult {
  const { session, t } = c;
  const result = session.result;
  const document = session.answers.document;
  const control = () => soaControl(document, c.branding);
  const report = renderReport(
    result,
    c.items,
    c.gated ? [] : result.scope.map((s) => soa(result, s, t, control())),
    t,
    {
      gated: c.gated,
      sortBy: c.sortBy,
      setSort: c.setSort,
      csv: (standard) =>
        downloadText(
          soaCsv(soa(result, standard, t, control()), t),
          `soa-${standard}.csv`,
          'text/csv',
          c.container,
        ),
      json: (standard) =>
        downloadJson(soa(result, standard, t, control()), `soa-${standard}.json`, c.container),
      gapCsv: () =>
        downloadText(gapRegisterCsv(result, t, c.sortBy), 'gap-register.csv', 'text/csv', c.container),
      result: () => downloadJson(result, 'gap-assessment-result.json', c.container),
      saveCopy: () => saveCopy(session, c.container),
      print: () => printReport(c.printHost),
    },
  );
  return html`${renderPrintHeader(t, c.branding, document, c.locale)}
    ${c.gated ? nothing : renderDocumentForm(t, document, (patch) => c.act(() => session.setDocument(patch)))}
    ${report}
    <div class="full__lead"><slot name="lead"></slot></div>`;
}
