import { isServer } from 'lit';
import { ReadinessError } from '../../src/errors.js';
import { parseFirstScreenConfig, type FirstScreenConfig } from '../../src/schemas/first-screen-config.js';

/** The simple settings as attributes carry them (strings, before validation). */
export interface ConfigAttributes {
  standards: string;
  mode: string | undefined;
  theme: string | undefined;
  locale: string | undefined;
  lead: string | undefined;
  trigger: string | undefined;
  storageKey: string | undefined;
  storage: string | undefined;
  currency: string | undefined;
  skipIntro: boolean;
  depth: string | undefined;
  length: string | undefined;
  width: string | undefined;
}

/**
 * Outcome of merging attributes and `config`: the settings the first screen needs, checked, and the merged
 * `input` the whole check (`parseWidgetConfig`, with the results part) reads.
 */
export type ResolvedConfig =
  | { ok: true; config: FirstScreenConfig; input: Record<string, unknown>; signature: string }
  | { ok: false; error: ReadinessError };

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as Partial<T>;

const storageFlag = (value: string | undefined): unknown =>
  value === undefined ? undefined : value === 'off' ? false : value === 'on' ? true : value;

function assertSelector(selector: string): void {
  // A server render has no document: the browser checks the selector when it takes over.
  if (isServer) return;
  try {
    document.createDocumentFragment().querySelector(selector);
  } catch {
    throw new ReadinessError(
      'invalid-config',
      `config.trigger: expected a CSS selector, received ${JSON.stringify(selector)}`,
      ['config', 'trigger'],
    );
  }
}

/**
 * Attributes first, then the `config` property on top; the merge is validated as one config, so an attribute
 * typo and a config typo give the same readable error. Only what the first screen needs is checked here.
 */
export function resolveConfig(attributes: ConfigAttributes, config: unknown): ResolvedConfig {
  if (config !== undefined && (typeof config !== 'object' || config === null || Array.isArray(config))) {
    return {
      ok: false,
      error: new ReadinessError('invalid-config', 'config: expected an object', ['config']),
    };
  }
  const fromAttributes = defined({
    standards: attributes.standards.trim() === '' ? undefined : attributes.standards.trim().split(/\s+/),
    mode: attributes.mode,
    theme: attributes.theme,
    locale: attributes.locale,
    lead: attributes.lead === undefined ? undefined : { mode: attributes.lead },
    trigger: attributes.trigger,
    storageKey: attributes.storageKey,
    storage: storageFlag(attributes.storage),
    currency: attributes.currency,
    skipIntro: attributes.skipIntro || undefined,
    depth: attributes.depth,
    length: attributes.length,
    width: attributes.width,
  });
  // `lead="gate"` and `config.lead` (consent text, fields…) describe one setting: the attribute fills in the mode.
  const lead = (config as { lead?: unknown } | undefined)?.lead;
  const withLead =
    fromAttributes.lead && typeof lead === 'object' && lead !== null && !Array.isArray(lead)
      ? { lead: { ...fromAttributes.lead, ...lead } }
      : {};
  try {
    const input = { ...fromAttributes, ...(config as object | undefined), ...withLead };
    const merged = parseFirstScreenConfig(input);
    if (merged.trigger !== undefined) assertSelector(merged.trigger);
    const signature = JSON.stringify([
      merged.standards ?? null,
      merged.storage ?? true,
      merged.storageKey ?? null,
      merged.currency ?? null,
      merged.figures ?? null,
      merged.length ?? 'short',
    ]);
    return { ok: true, config: merged, input, signature };
  } catch (error) {
    if (error instanceof ReadinessError) return { ok: false, error };
    return { ok: false, error: new ReadinessError('invalid-config', String(error), ['config']) };
  }
}
