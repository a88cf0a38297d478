// Python's str.isspace(): what str.strip(), float() and int() remove around text.
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

/** `text.strip()` as Python computes it (its whitespace is not JavaScript's `trim()`'s). */
export function pythonStrip(text: string): string {
  return text.replace(STRIP, '');
}
