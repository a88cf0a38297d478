import { escapePointerSegment } from '@hfjobs/core';
import { JobSpecError, typeName, type JobSpecErrorCode } from './errors.js';

/** Reads a builder's input object: a plain object whose keys are all known; JSON null means absent. */
export function inputObject(input: unknown, knownKeys: readonly string[], what: string): Record<string, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new JobSpecError('invalid_input', '', `invalid ${what} input: expected an object, got ${typeName(input)}`, { pointer: '' });
  }
  for (const key of Object.keys(input)) {
    if (!knownKeys.includes(key)) {
      throw new JobSpecError('invalid_input', key, `invalid ${what} input: unknown key "${key}"`, { hint: `known keys: ${knownKeys.join(', ')}` });
    }
  }
  return input as Record<string, unknown>;
}

/** A list of strings, or undefined when absent; `pointer` names the offending item. */
export function stringList(value: unknown, field: string, code: JobSpecErrorCode): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new JobSpecError(code, field, `invalid ${field}: expected a list of strings, got ${typeName(value)}`, { value });
  value.forEach((item, index) => {
    if (typeof item !== 'string') {
      throw new JobSpecError(code, field, `invalid ${field}: item ${index} is ${typeName(item)}, not a string`, { pointer: `/${field}/${index}`, value });
    }
  });
  return [...(value as string[])];
}

/** A map of strings, or undefined when absent. For secrets, no value ever reaches the error. */
export function stringMap(value: unknown, field: string, code: JobSpecErrorCode, secret: boolean): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const shown = secret ? '***' : value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new JobSpecError(code, field, `invalid ${field}: expected an object of NAME: "value" strings, got ${typeName(value)}`, { value: shown });
  }
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string') {
      const pointer = `/${field}/${escapePointerSegment(name)}`;
      throw new JobSpecError(code, field, `invalid ${field}: the value of ${name} is ${typeName(item)}, not a string`, { pointer, value: shown });
    }
  }
  return { ...(value as Record<string, string>) };
}

/** A boolean, or undefined when absent. */
export function optionalBoolean(value: unknown, field: string, code: JobSpecErrorCode): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new JobSpecError(code, field, `invalid ${field}: expected true or false, got ${typeName(value)}`, { value });
  return value;
}

/** A string, or undefined when absent. */
export function optionalString(value: unknown, field: string, code: JobSpecErrorCode): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new JobSpecError(code, field, `invalid ${field}: expected a string, got ${typeName(value)}`, { value });
  return value;
}
