/** Text of one question in one locale. */
export interface ItemText {
  /** The question as the visitor reads it. */
  text: string;
  /** Help shown on demand: what the question means and what counts as "yes". */
  help?: string;
  /** Labels for a profile question's options, keyed by option id. */
  options?: Record<string, string>;
}

/** English text for every bank item, keyed by item id. */
export const bank: Record<string, ItemText> = {};
