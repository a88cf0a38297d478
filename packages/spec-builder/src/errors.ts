import { JobsError } from '@hfjobs/core';

/** Why a job input was refused; stable, for code to branch on. */
export type JobSpecErrorCode =
  | 'invalid_input'
  | 'invalid_image'
  | 'invalid_command'
  | 'invalid_env'
  | 'invalid_secrets'
  | 'invalid_flavor'
  | 'invalid_timeout'
  | 'invalid_schedule'
  | 'invalid_suspend'
  | 'invalid_concurrency'
  | 'invalid_script'
  | 'invalid_script_args'
  | 'invalid_dependencies'
  | 'invalid_python';

/**
 * An input to a spec builder that the service could not honour, or that would crash the Python
 * client. `field` and `pointer` name it in the builder's input (e.g. `timeout`, `/timeout`);
 * `value` is what was given, except that a secret's value is never kept.
 */
export class JobSpecError extends JobsError {
  declare readonly code: JobSpecErrorCode;
  declare readonly field: string;
  declare readonly pointer: string;
  /** The offending value (`"***"` for secrets). */
  readonly value: unknown;
  /** What to give instead, in plain words. */
  readonly hint: string | undefined;

  constructor(code: JobSpecErrorCode, field: string, message: string, details: { pointer?: string; value?: unknown; hint?: string } = {}) {
    super(code, details.hint ? `${message}; ${details.hint}` : message, { field, pointer: details.pointer ?? `/${field}` });
    this.name = 'JobSpecError';
    this.value = details.value;
    this.hint = details.hint;
  }
}

/** A short, safe rendering of a value for a message: strings quoted, long ones cut. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The JSON type of a value, in words, for messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
