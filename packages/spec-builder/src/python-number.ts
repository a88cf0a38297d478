// Python's float() and int() on strings, which the Python client applies to timeouts:
// surrounding whitespace is ignored, `_` may separate digits, float() takes exponents, inf and nan.
// Only ASCII digits are read (Python also reads other scripts' digits; see docs/divergences.md).

import { pythonStrip } from './python-text.js';

const DIGITS = '\\d(?:_?\\d)*';
const FLOAT = new RegExp(`^[+-]?(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.?)(?:[eE][+-]?${DIGITS})?$`);
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
const INT = new RegExp(`^[+-]?${DIGITS}$`);

/** `float(text)` as Python computes it, or undefined where Python raises ValueError. */
export function pythonFloat(text: string): number | undefined {
  const stripped = pythonStrip(text);
  const special = FLOAT_SPECIAL.exec(stripped);
  if (special) return special[2]?.toLowerCase() === 'nan' ? Number.NaN : special[1] === '-' ? -Infinity : Infinity;
  return FLOAT.test(stripped) ? Number(stripped.replace(/_/g, '')) : undefined;
}

/** `int(text)` as Python computes it (base 10), or undefined where Python raises ValueError. */
export function pythonInt(text: string): number | undefined {
  const stripped = pythonStrip(text);
  return INT.test(stripped) ? Number(stripped.replace(/_/g, '')) : undefined;
}
