/** Fills `{name}` placeholders from `params`; unknown placeholders are left as they are. */
export const format = (template: string, params: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

/** Placeholder names used in a template, sorted, for comparing translations. */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
