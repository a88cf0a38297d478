import { ValidationError, escapePointerSegment, lastPointerSegment, type ValidationIssue } from './errors.js';
import type { RawValidationError, RawValidator } from './generated/validators.js';

/** What `validateX` returns: the value, typed, or every problem found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: [ValidationIssue, ...ValidationIssue[]] };

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function describe(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'type': {
      const types = String(params.type).split(',');
      return `must be ${listWords(types.map((t) => TYPE_WORDS[t] ?? t))}`;
    }
    case 'format':
      return params.format === 'date-time'
        ? 'must be an ISO 8601 date-time with a time zone, e.g. 2025-07-22T16:06:25.079Z'
        : `must be a valid ${String(params.format)}`;
    case 'minimum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case 'maximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} characters`;
    case 'maxProperties':
      return params.limit === 0 ? 'must be empty' : `must have at most ${String(params.limit)} keys`;
    case 'additionalProperties':
      return 'is not a known key here';
    case 'false schema':
      return 'must not be given together with the other fields present';
    case 'pattern':
      return `must match the pattern ${String(params.pattern)}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ') ?? '?'}`;
    default:
      return `does not satisfy ${keyword}`;
  }
}

/**
 * Turns AJV's raw errors into issues. The pointer names the exact key: for `required` and
 * `additionalProperties` AJV points at the parent object, so the key is appended. `if` errors
 * only repeat the `then`/`else` errors that precede them, so they are dropped.
 */
export function issuesFromRaw(raw: readonly RawValidationError[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of raw) {
    if (error.keyword === 'if') continue;
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer += `/${escapePointerSegment(String(error.params.missingProperty))}`;
    if (error.keyword === 'additionalProperties') pointer += `/${escapePointerSegment(String(error.params.additionalProperty))}`;
    issues.push({
      pointer,
      field: lastPointerSegment(pointer),
      keyword: error.keyword,
      message: `${pointer === '' ? 'the value' : pointer} ${describe(error.keyword, error.params)}`,
    });
  }
  return issues;
}

function nonEmpty(issues: ValidationIssue[]): [ValidationIssue, ...ValidationIssue[]] {
  const [first, ...rest] = issues;
  // A failed check always has an error; this guards against a validator that says otherwise.
  return first ? [first, ...rest] : [{ pointer: '', field: '', keyword: 'invalid', message: 'the value is invalid' }];
}

/**
 * Runs a generated validator and shapes its answer. The issues (pointers, messages) are built on
 * first read of `errors`: a caller that only checks `ok` does not pay for them.
 */
export function runValidator<T>(validator: RawValidator, value: unknown): ValidationResult<T> {
  if (validator(value)) return { ok: true, value: value as T };
  const raw = validator.errors ?? [];
  let issues: [ValidationIssue, ...ValidationIssue[]] | undefined;
  return {
    ok: false,
    get errors() {
      issues ??= nonEmpty(issuesFromRaw(raw));
      return issues;
    },
  };
}

/** Runs a generated validator and throws a ValidationError when the value is invalid. */
export function assertValid(validator: RawValidator, schema: string, value: unknown, source?: string): void {
  if (validator(value)) return;
  throw new ValidationError(nonEmpty(issuesFromRaw(validator.errors ?? [])), { schema, ...(source === undefined ? {} : { source }) });
}
