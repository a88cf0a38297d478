// The dotenv dialect of the Python `hf jobs` CLI (huggingface_hub's utils/_dotenv.py), which
// `--env-file`, `--secrets-file`, `-e` and `-s` all go through. npm's `dotenv` reads another
// dialect (no bare KEY from the environment, only \n and \r unescaped, `.` and `-` in keys,
// multi-line values), so this mirrors the Python rules instead.

import { pythonStrip } from './python-text.js';

/** Where Python's str.splitlines() breaks lines. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// `[^\S\n]` is "whitespace but not a newline", as in the Python pattern.
const LINE = /^\s*(?:export[^\S\n]+)?([A-Za-z_][A-Za-z0-9_]*)[^\S\n]*(=)?[^\S\n]*((?:'(?:\\'|[^'])*'|"(?:\\"|[^"])*"|[^#\n\r]+?))?[^\S\n]*(?:#.*)?$/;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = { ...ESCAPES, $: '$' };

function unescape(value: string, escapes: Readonly<Record<string, string>>): string {
  // one left-to-right pass, so `\\n` is a backslash and an n, not a newline
  return value.replace(/\\(.)/g, (match, char: string) => escapes[char] ?? match);
}

/**
 * Reads dotenv text: `KEY=value` lines, optional `export `, single or double quotes (with `\n`,
 * `\t`, `\"`, `\\` escapes, and `\$` in double quotes), `#` comments. A bare `KEY` (no `=`) takes
 * its value from `environ` and is skipped when unset there. Later lines win; malformed lines are
 * skipped, as the Python client skips them.
 *
 * @example parseDotenv('export A="x\\ty" # comment\nB', { B: 'from env' }) // { A: 'x\ty', B: 'from env' }
 */
export function parseDotenv(text: string, environ: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const rawLine of text.split(LINE_BREAK)) {
    const line = pythonStrip(rawLine);
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const key = match[1] as string;
    let value: string | undefined;
    if (match[2]) {
      const raw = match[3] ?? '';
      value = pythonStrip(raw);
      const quoted = (value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"));
      if (quoted) value = unescape(value.slice(1, -1), raw.startsWith('"') ? DOUBLE_QUOTE_ESCAPES : ESCAPES);
    } else if (Object.hasOwn(environ, key)) {
      value = environ[key];
    }
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/**
 * Reads `-e`/`-s` style assignments (`["A=1", "B"]`), each with the dotenv rules of
 * `parseDotenv`; later ones win. A bare `KEY` takes its value from `environ`.
 */
export function parseEnvAssignments(assignments: readonly string[], environ: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  return Object.assign({}, ...assignments.map((assignment) => parseDotenv(assignment, environ))) as Record<string, string>;
}
