/**
 * The shape every decision table shares, and the one way tables are applied: rows are read top to bottom and
 * the first whose condition holds decides. A row names its outcome, its sources (a practitioner seed, a clause of
 * a standard, an article of a regulation, or `engine` where the call is ours) and why, in one line, so a
 * consultant can review the table without reading the code that applies it.
 */
import type { EngineKey } from '../say.js';

/** One row of a decision table. */
export interface DecisionRule<S, O> {
  /** Template key of the explanation; it travels into the result's rationale. */
  id: EngineKey;
  /** What the row decides. */
  outcome: O;
  /** Where the rule comes from: `seed=000`…`seed=004`, `27001:9.2`, `Art. 26`, or `seed=engine`. */
  source: readonly string[];
  /** Why, in one line, for the reviewer. */
  why: string;
  /** When the row applies. */
  when: (s: S) => boolean;
  /** Facts from the situation that made the row fire, recorded with the reason. */
  facts?: (s: S) => string[];
}

/** The first row whose condition holds, or undefined. */
export function firstRule<S, O>(table: readonly DecisionRule<S, O>[], s: S): DecisionRule<S, O> | undefined {
  for (const rule of table) if (rule.when(s)) return rule;
  return undefined;
}

/** Every row whose condition holds, in table order. */
export function matchingRules<S, O>(table: readonly DecisionRule<S, O>[], s: S): DecisionRule<S, O>[] {
  return table.filter((rule) => rule.when(s));
}

/** A rule's facts followed by its sources, as recorded in a reason. */
export const factsOf = <S, O>(rule: DecisionRule<S, O>, s: S): string[] => [
  ...(rule.facts ? rule.facts(s) : []),
  ...rule.source,
];
