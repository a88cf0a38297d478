import { JobSpecError, show, typeName } from './errors.js';
import { pythonFloat, pythonInt } from './python-number.js';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** How to write a timeout, for error messages. */
export const TIMEOUT_HINT = 'use a number of seconds, or a number with a unit s, m, h or d: 90, "90", "1.5h", "2d"';

function refuse(value: unknown, why: string): never {
  throw new JobSpecError('invalid_timeout', 'timeout', `invalid timeout ${show(value)}: ${why}`, { value, hint: TIMEOUT_HINT });
}

function checked(value: unknown, seconds: number): number {
  if (Number.isNaN(seconds)) refuse(value, 'not a number');
  if (!Number.isFinite(seconds)) refuse(value, 'a time limit must be finite');
  if (seconds < 0) refuse(value, 'a time limit cannot be negative');
  const whole = Math.trunc(seconds);
  if (whole > Number.MAX_SAFE_INTEGER) refuse(value, 'too large');
  return whole === 0 ? 0 : whole; // never -0
}

/**
 * A job timeout in whole seconds, as the Python client computes `timeoutSeconds`:
 * a string ending in `s`, `m`, `h` or `d` is a decimal number of that unit (`"1.5h"` → 5400);
 * anything else is truncated to an integer (`90.9` → 90, `"90"` → 90). Values Python treats as
 * false (`0`, `""`, null, absent) mean no timeout: `undefined`. The string `"0"` is `0`.
 *
 * @throws JobSpecError (`invalid_timeout`) where Python raises (`"1.5"`, `"abc"`, `"10M"`, `"h"`,
 * `"infs"`, `"nanm"`) and where it accepts what the service cannot honour (negative or
 * non-finite values, booleans, lists).
 * @example timeoutToSeconds('1.5h') // 5400
 */
export function timeoutToSeconds(value: unknown): number | undefined {
  if (value === undefined || value === null || value === 0 || value === '') return undefined;
  if (typeof value === 'number') return checked(value, value);
  if (typeof value !== 'string') refuse(value, `expected a number or a string, got ${typeName(value)}`);
  const factor = UNIT_SECONDS[value.slice(-1)];
  if (factor !== undefined) {
    const amount = pythonFloat(value.slice(0, -1));
    if (amount === undefined) refuse(value, `"${value.slice(0, -1)}" is not a number`);
    if (amount < 0) refuse(value, 'a time limit cannot be negative');
    return checked(value, amount * factor);
  }
  const seconds = pythonInt(value);
  if (seconds === undefined) refuse(value, 'not a whole number of seconds and no unit');
  return checked(value, seconds);
}
