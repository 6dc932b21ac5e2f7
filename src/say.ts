/**
 * The engine's sentences: template keys, and filling a template in the context's language. A module of its own,
 * below every decision, so the rule tables and the classification can all use it without importing each other.
 */
import type { EngineContext } from './context.js';
import { formatFigure } from './i18n/intl.js';
import type { ResultTranslation } from './i18n/translation.js';
import type { Reason } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';

/** A key of the engine's templates (`src/i18n/en/engine.ts`). */
export type EngineKey = keyof ResultTranslation['engine'];
type Params = Record<string, string | number>;

// Templates are split once into literal and placeholder parts (odd indices are names), so filling one is a
// concatenation. Like `format()`, plus `{iso27001}`/`{iso42001}` from the translation and numbers written the
// locale's way (`62.5` in English, `62,5` in German). Intl is slow next to the rest, so each locale keeps a
// bounded memo of the figures it has written: results repeat the same few weeks, percents and head counts.
const PLACEHOLDER = /\{(\w+)\}/;

// Split templates per translation (its `engine` section), by key: one map lookup per sentence. A translation
// is not changed once in use (locales are registered whole; overrides make new objects).
const splitByEngine = new WeakMap<object, Map<string, string[]>>();
let lastEngine: object | undefined;
let lastSplit = new Map<string, string[]>();

function partsOf(engine: ResultTranslation['engine'], key: EngineKey): string[] {
  if (engine !== lastEngine) {
    let split = splitByEngine.get(engine);
    if (split === undefined) splitByEngine.set(engine, (split = new Map()));
    lastEngine = engine;
    lastSplit = split;
  }
  let parts = lastSplit.get(key);
  if (parts === undefined) {
    parts = engine[key].split(new RegExp(PLACEHOLDER, 'g'));
    lastSplit.set(key, parts);
  }
  return parts;
}

interface FigureMemo {
  /** Whole numbers 0–1023, by value. */
  small: (string | undefined)[];
  other: Map<number, string>;
}
const figureMemo = new Map<string, FigureMemo>();
let lastLocale = '';
let lastMemo: FigureMemo = { small: [], other: new Map() };

function figure(value: number, locale: string): string {
  // Nearly every call is for the same locale as the one before: skip the lookup by locale then.
  if (locale !== lastLocale) {
    let memo = figureMemo.get(locale);
    if (memo === undefined) figureMemo.set(locale, (memo = { small: [], other: new Map() }));
    lastLocale = locale;
    lastMemo = memo;
  }
  const small = Number.isInteger(value) && value >= 0 && value < 1024;
  let text = small ? lastMemo.small[value] : lastMemo.other.get(value);
  if (text === undefined) {
    // Whole numbers, cut rather than rounded: 79.6 reads 79 beside a bar of 80, and no decimal claims a precision
    // a handful of answers cannot give.
    text = formatFigure(Math.floor(value), locale);
    if (small) lastMemo.small[value] = text;
    else if (lastMemo.other.size < 4096) lastMemo.other.set(value, text);
  }
  return text;
}

function fill(parts: string[], params: Params, t: Pick<ResultTranslation, 'locale' | 'standards'>): string {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name] ?? t.standards[name as StandardId];
    const text =
      value === undefined ? `{${name}}` : typeof value === 'number' ? figure(value, t.locale) : value;
    out += text + (parts[i + 1] ?? '');
  }
  return out;
}

const NO_PARAMS: Params = {};

/**
 * Fills one engine template in the context's language. `{iso27001}` and `{iso42001}` always name the
 * standards. Params are built explicitly, never by object spread: spreading costs microseconds per call. @internal
 */
export const say = (ctx: Pick<EngineContext, 't'>, key: EngineKey, params: Params = NO_PARAMS): string =>
  fill(partsOf(ctx.t.engine, key), params, ctx.t);

/** A rule's explanation: its id is the template key. @internal */
export const reasonOf = (
  ctx: Pick<EngineContext, 't'>,
  id: EngineKey,
  params: Params,
  facts: string[],
): Reason => ({ id, text: say(ctx, id, params), facts });
