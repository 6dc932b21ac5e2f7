// Apart from ./format.ts, which every screen uses: only the checks of translations compare placeholders.

/** Placeholder names used in a template, sorted, for comparing translations. */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
