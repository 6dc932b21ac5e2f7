type Tree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `base` with a consultancy's strings laid over it, before they are checked: a string replaces a string at the
 * same key path, objects merge, and anything else (an unknown key, a value of the wrong type) is left out, so
 * the first screen can always render. `checkOverrides` (./check.ts) reports those, with the results part.
 * Never mutates `base`.
 */
export function overlay<T extends object>(base: T, patch: unknown): T {
  if (!isTree(patch)) return base;
  const out: Record<string, unknown> = { ...(base as Tree) };
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(base, key) || key === 'locale') continue;
    const current = (base as Tree)[key];
    if (typeof current === 'string' && typeof value === 'string' && value.trim() !== '') out[key] = value;
    else if (isTree(current) && isTree(value)) out[key] = overlay(current, value);
  }
  return out as T;
}
