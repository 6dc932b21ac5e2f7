const PLACEHOLDER = /\{(\w+)\}/g;
// Templates are few and reused on every call: split each once into literal text and placeholder names.
const COMPILED = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    // Odd indexes are placeholder names.
    parts = template.split(PLACEHOLDER);
    COMPILED.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders from `params`; unknown placeholders are left as they are. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) out += part;
    else out += part in params ? String(params[part]) : `{${part}}`;
  }
  return out;
}
