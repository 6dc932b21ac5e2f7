import * as z from './zod.js';

/** Every error code the engine, SDK and widget can raise. */
export type ReadinessErrorCode =
  | 'invalid-answers'
  | 'invalid-answer'
  | 'unknown-question'
  | 'invalid-profile'
  | 'invalid-options'
  | 'invalid-config'
  | 'invalid-state'
  | 'invalid-result'
  | 'invalid-lead'
  | 'invalid-translation'
  | 'not-complete'
  | 'storage-unavailable'
  | 'import-damaged'
  | 'import-version'
  | 'load-failed'
  | 'delivery-failed'
  | 'delivery-rejected';

/** One problem found in an input, with where it is. */
export interface ReadinessIssue {
  /** Path to the offending field, e.g. `['answers', 'ai_role']`. */
  path: (string | number)[];
  /** Plain-language description naming what was expected and what came. */
  message: string;
}

/** The one error type the public API throws: a stable `code`, a `path` and a readable message. */
export class ReadinessError extends Error {
  /** Machine-readable reason. */
  readonly code: ReadinessErrorCode;
  /** Path of the first offending field. */
  readonly path: (string | number)[];
  /** Every problem found, first one also in `message`. */
  readonly issues: ReadinessIssue[];

  constructor(
    code: ReadinessErrorCode,
    message: string,
    path: (string | number)[] = [],
    issues?: ReadinessIssue[],
  ) {
    super(message);
    this.name = 'ReadinessError';
    this.code = code;
    this.path = path;
    this.issues = issues ?? [{ path, message }];
  }
}

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
};

const formatPath = (path: (string | number)[]): string =>
  path.length === 0
    ? '(root)'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : p))
        .join('.')
        .replace(/\.\[/g, '[');

/**
 * Turns one zod issue into a sentence naming the field, what was expected and what came. With `redact`, what
 * came is left out: lead fields hold personal data, and error messages reach consoles and logs.
 */
function describeIssue(issue: z.core.$ZodIssue, redact: boolean): string {
  const where = formatPath(issue.path as (string | number)[]);
  const got = redact ? 'a value' : 'input' in issue ? describe(issue.input) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${where}: expected ${issue.expected}, but it is missing`
        : `${where}: expected ${issue.expected}, received ${got}`;
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${got}`;
    case 'too_small':
      return `${where}: expected at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}, received ${got}`;
    case 'too_big':
      return `${where}: expected at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}, received ${got}`;
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_format':
      return `${where}: expected a valid ${issue.format}, received ${got}`;
    case 'invalid_union':
      return `${where}: received ${got}, which matches none of the accepted forms`;
    default:
      return `${where}: ${issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value ${got}`}`;
  }
}

/**
 * A union that fails for an input of one form only (an array where an object or a list is accepted) is reported
 * with that form's own problems, not as "matches none of the accepted forms".
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const sameForm = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  const [only] = sameForm;
  if (sameForm.length !== 1 || !only || only.length === 0) return [issue];
  return only.flatMap((i) => unwrapUnion({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

/**
 * Validates `value` against `schema`; throws a `ReadinessError` (never a raw ZodError) on failure.
 * `redact` keeps the offending values out of the messages (for personal data).
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  code: ReadinessErrorCode,
  root: (string | number)[] = [],
  { redact = false }: { redact?: boolean } = {},
): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: !redact });
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap(unwrapUnion).map((issue: z.core.$ZodIssue) => {
    const path = [...root, ...(issue.path as (string | number)[])];
    return { path, message: describeIssue({ ...issue, path } as z.core.$ZodIssue, redact) };
  });
  const first = issues[0] ?? { path: root, message: `${formatPath(root)}: invalid value` };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new ReadinessError(code, first.message + more, first.path, issues);
}
