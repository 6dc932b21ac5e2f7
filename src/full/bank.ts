import type { FullTranslation } from '../i18n/en/full.js';
import type { StandardId } from '../schemas/standard.js';
import { CATALOGUE, RELATED, SECTIONS, type CatalogueEntry, type Overlap } from './catalogue.js';
import { FULL_BANK_HASH, FULL_BANK_VERSION } from './version.js';
import { textOf } from './text.js';

/** A requirement or control as the full bank lists it: structure, relations and text. */
export interface FullBankItem extends CatalogueEntry {
  title: string;
  text: string;
  help?: string;
  /** The other standard's related refs and how far they overlap. */
  related: { ref: string; overlap: Overlap }[];
}

/** A section of the full assessment: a clause or an Annex A theme/area of one standard. */
export interface FullBankSection {
  id: string;
  standard: StandardId;
  title: string;
  /** Refs asked in it, in order. */
  refs: string[];
}

/** The full gap assessment's bank: every clause requirement and Annex A control of the standards in scope. */
export interface FullQuestionBank {
  depth: 'full';
  version: string;
  /** Hash of the refs, relations and scoping options answers are keyed by. */
  hash: string;
  sections: FullBankSection[];
  items: FullBankItem[];
  /** The scoping questions asked before the sections. */
  scoping: FullTranslation['scoping'];
}

/** The full bank for some standards in one translation. */
export function fullBankWith(scope: readonly StandardId[], t: FullTranslation): FullQuestionBank {
  const items: FullBankItem[] = [];
  const sections: FullBankSection[] = [];
  for (const standard of scope) {
    for (const id of SECTIONS[standard])
      sections.push({ id, standard, title: t.sections[id] ?? id, refs: [] });
    for (const entry of CATALOGUE[standard]) {
      const text = textOf(entry, t);
      const item: FullBankItem = {
        ...entry,
        title: text.title,
        text: text.text,
        related: [...(RELATED.get(entry.ref) ?? [])],
      };
      if (text.help) item.help = text.help;
      items.push(item);
      sections.find((s) => s.standard === standard && s.id === entry.section)?.refs.push(entry.ref);
    }
  }
  return {
    depth: 'full',
    version: FULL_BANK_VERSION,
    hash: FULL_BANK_HASH,
    sections,
    items,
    scoping: t.scoping,
  };
}
