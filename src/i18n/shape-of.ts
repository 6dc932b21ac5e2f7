import { placeholders } from './placeholders.js';

/**
 * A text tree with every string reduced to its placeholders (`'{a} of {b}'` → `'{a}{b}'`): the same keys and
 * placeholders as the original, which is all a translation check compares.
 */
export function shapeOf<T>(tree: T): T {
  if (typeof tree === 'string') return [...new Set(placeholders(tree))].map((n) => `{${n}}`).join('') as T;
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, shapeOf(v)])) as T;
}
