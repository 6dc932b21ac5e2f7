import type { BankItem } from '../schemas/bank.js';
import { FLOW_ITEMS } from './flow-items.js';
import { ITEM_DETAILS } from './item-details.js';

/**
 * The question bank's items as the engine reads them: the flow's items (./flow-items.ts, in the widget's first
 * screen) with each scored item's other refs and its milestone (./item-details.ts), so a page that shows results
 * fetches no second copy of the bank. Both are generated from ./items.ts, the bank's source, and a test checks
 * that this equals it.
 */
export const ITEMS: BankItem[] = FLOW_ITEMS.map((item): BankItem => {
  const details = item.kind === 'control' ? ITEM_DETAILS[item.id] : undefined;
  if (item.kind !== 'control' || !details) return item;
  const [more, milestone] = details;
  const others = more.split('|');
  return {
    ...item,
    // Each flow ref (`27001:7.2`) is followed by the others of its standard, written without the prefix.
    refs: item.refs.flatMap((first, i) => [
      first,
      ...(others[i] ? others[i].split(' ').map((id) => `${first.slice(0, 6)}${id}`) : []),
    ]),
    ...(milestone && { milestone }),
  };
});
