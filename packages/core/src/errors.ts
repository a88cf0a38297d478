/** One problem found in a value: where it is, which rule it broke, and what to do, in plain words. */
export interface ValidationIssue {
  /** JSON pointer into the checked value, e.g. `/owner/name` (`""` is the value itself). */
  pointer: string;
  /** The last segment of the pointer, unescaped, e.g. `name` (`""` for the value itself). */
  field: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `type`, `format`. */
  keyword: string;
  /** e.g. "/owner/name must be a string". Never holds a value from the input. */
  message: string;
}

/** The base of every error hfjobs throws on purpose: a stable `code` to branch on, and a message. */
export class JobsError extends Error {
  /** A stable, machine-readable reason, e.g. `required`, `format`, `invalid_timeout`. */
  readonly code: string;
  /** The input field concerned, when there is one, e.g. `timeout`. */
  readonly field: string | undefined;
  /** JSON pointer to the offending value in the input, when there is one, e.g. `/timeout`. */
  readonly pointer: string | undefined;

  constructor(code: string, message: string, details: { field?: string; pointer?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'JobsError';
    this.code = code;
    this.field = details.field;
    this.pointer = details.pointer;
  }
}

/**
 * A value does not match its schema, or a parser met what the Python client would crash on.
 * `code`, `field` and `pointer` are those of the first issue; `issues` lists them all.
 */
export class ValidationError extends JobsError {
  /** Every problem found, in the order the validator met them (at least one). */
  readonly issues: readonly ValidationIssue[];
  /** The schema checked, e.g. `job-info`, when known. */
  readonly schema: string | undefined;
  /** Where the value came from (a file, a URL), when known. */
  readonly source: string | undefined;
  declare readonly field: string;
  declare readonly pointer: string;

  constructor(issues: readonly [ValidationIssue, ...ValidationIssue[]], options: { schema?: string; source?: string } = {}) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const where = [options.schema ? `invalid ${options.schema}` : 'invalid value', options.source].filter(Boolean).join(' from ');
    super(first.keyword, `${where}: ${first.message}${more}`, { field: first.field, pointer: first.pointer });
    this.name = 'ValidationError';
    this.issues = issues;
    this.schema = options.schema;
    this.source = options.source;
  }
}

/** `~` and `/` escaped as JSON pointers require (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The last segment of a JSON pointer, unescaped (`""` for the root). */
export function lastPointerSegment(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  const segment = slash === -1 ? '' : pointer.slice(slash + 1);
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}
