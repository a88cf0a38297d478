import { JobsError, VALIDATORS, isSchemaName, parseJobInfo, parseScheduledJobInfo, type ParseOptions } from '@hfjobs/core';
import {
  createJobSpec,
  createScheduledJobSpec,
  createScheduledUvJobSpec,
  createUvJobSpec,
  parseDotenv,
  timeoutToSeconds,
  type JobSpecInput,
  type ScheduleInput,
  type UvJobSpecInput,
} from '@hfjobs/spec-builder';

/** One answer of the conformance line protocol (DESIGN.md). */
export type PortAnswer = { output: unknown } | { error: { code: string; pointer?: string; message?: string } };

type Operation = (input: unknown, options: Record<string, unknown>) => unknown;

/** What `JSON.stringify` makes of a value: Dates become ISO strings, as `hfjobs parse` prints them. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function parseOptionsOf(options: Record<string, unknown>): ParseOptions {
  return typeof options.endpoint === 'string' ? { endpoint: options.endpoint } : {};
}

const OPERATIONS: Record<string, Operation> = {
  'parse-job-info': (input, options) => asJson(parseJobInfo(input, parseOptionsOf(options))),
  'parse-scheduled-job-info': (input, options) => asJson(parseScheduledJobInfo(input, parseOptionsOf(options))),
  'create-job-spec': (input) => withoutNulls(input, (i) => createJobSpec(i as JobSpecInput)),
  'create-scheduled-job-spec': (input) => withoutNulls(input, (i) => createScheduledJobSpec(i as ScheduleInput & JobSpecInput)),
  'create-uv-job-spec': (input) => withoutNulls(input, (i) => createUvJobSpec(i as UvJobSpecInput)),
  'create-scheduled-uv-job-spec': (input) => withoutNulls(input, (i) => createScheduledUvJobSpec(i as ScheduleInput & UvJobSpecInput)),
  'timeout-to-seconds': (input) => {
    try {
      return timeoutToSeconds(input) ?? null;
    } catch (error) {
      // the input of this op is the timeout itself: its pointer is the root
      if (error instanceof JobsError) throw new JobsError(error.code, error.message, { field: 'timeout', pointer: '' });
      throw error;
    }
  },
  'parse-dotenv': (input) => {
    const { text, environ } = (input ?? {}) as { text?: unknown; environ?: unknown };
    if (typeof text !== 'string') throw new JobsError('invalid_input', 'parse-dotenv takes {"text": "...", "environ"?: {...}}', { pointer: '/text' });
    return parseDotenv(text, (environ ?? {}) as Record<string, string>);
  },
};

/** The protocol says a JSON null means absent: drop null keys before calling a builder. */
function withoutNulls(input: unknown, build: (input: unknown) => unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return build(input);
  return build(Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)));
}

function validateOperation(type: string): Operation | undefined {
  if (!isSchemaName(type)) return undefined;
  const validate = VALIDATORS[type];
  return (input) => {
    const result = validate(input);
    if (result.ok) return true;
    const [first] = result.errors;
    throw new JobsError(first.keyword, first.message, { pointer: first.pointer, field: first.field });
  };
}

/** The operations this port answers, by name (`validate:<type>` for every schema). */
export function findOperation(op: string): Operation | undefined {
  if (op.startsWith('validate:')) return validateOperation(op.slice('validate:'.length));
  return Object.hasOwn(OPERATIONS, op) ? OPERATIONS[op] : undefined;
}

/** Adds operations (the spec-builder ones register here). */
export function registerOperations(more: Record<string, Operation>): void {
  Object.assign(OPERATIONS, more);
}

/** Answers one request `{ op, input, options? }`. Never throws. */
export function answer(request: unknown): PortAnswer {
  if (request === null || typeof request !== 'object' || typeof (request as { op?: unknown }).op !== 'string') {
    return { error: { code: 'bad_request', message: 'a request is {"op": "...", "input": ...}' } };
  }
  const { op, input, options } = request as { op: string; input?: unknown; options?: unknown };
  const operation = findOperation(op);
  if (!operation) return { error: { code: 'unknown_op', message: `unknown op ${op}` } };
  const opts = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {};
  try {
    return { output: operation(input, opts) };
  } catch (error) {
    if (error instanceof JobsError) {
      return { error: error.pointer === undefined ? { code: error.code } : { code: error.code, pointer: error.pointer } };
    }
    return { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
