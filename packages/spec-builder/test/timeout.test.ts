import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JobSpecError, timeoutToSeconds } from '../src/index.js';

describe('timeoutToSeconds', () => {
  it.each([
    ['1.5h', 5400],
    ['2d', 172800],
    ['0.5s', 0],
    ['0', 0],
    ['90', 90],
    [90, 90],
    [1.9, 1],
    [' 10m', 600],
    ['1_000s', 1000],
    ['1e1m', 600],
  ] as const)('%j → %j', (value, seconds) => {
    expect(timeoutToSeconds(value)).toBe(seconds);
  });

  it.each([0, '', null, undefined])('%j means no timeout', (value) => {
    expect(timeoutToSeconds(value)).toBeUndefined();
  });

  it('never returns -0', () => {
    expect(Object.is(timeoutToSeconds('-0'), 0)).toBe(true);
    expect(Object.is(timeoutToSeconds('-0s'), 0)).toBe(true);
  });

  it('any non-negative number of a unit is truncated seconds (property)', () => {
    const units = { s: 1, m: 60, h: 3600, d: 86400 } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('s', 'm', 'h', 'd'), (amount, unit) => {
        // a non-empty string is truthy, so "0s" is 0 seconds, not "no timeout"; JS prints some
        // doubles with an exponent (1e-7), which Python's float() reads too
        return timeoutToSeconds(`${amount}${unit}`) === Math.trunc(amount * units[unit]);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns a non-negative integer or throws JobSpecError for any string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const seconds = timeoutToSeconds(text);
          return seconds === undefined || (Number.isSafeInteger(seconds) && seconds >= 0);
        } catch (error) {
          return error instanceof JobSpecError && error.code === 'invalid_timeout';
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
