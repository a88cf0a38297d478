import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { CheckFailed, UsageError } from '../cli-error.js';

/** One conformance vector, as stored in @hfjobs/schemas' conformance/ folder. */
interface Vector {
  file: string;
  description: string;
  op: string;
  input: unknown;
  options?: Record<string, unknown>;
  output?: unknown;
  error?: { code: string; pointer?: string };
}

export interface ConformanceOptions {
  port?: string;
  vectors?: string;
  filter?: string;
  quiet?: boolean;
}

/** The vectors folder of the installed @hfjobs/schemas. */
function defaultVectorsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@hfjobs/schemas/package.json')), 'conformance');
}

function loadVectors(dir: string, filter: string | undefined): Vector[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
  } catch {
    throw new UsageError(`no vectors folder at ${dir}`);
  }
  return files.flatMap((file) =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Vector, 'file'>[])
      .map((vector) => ({ file, ...vector }))
      .filter((v) => !filter || `${v.file} ${v.op} ${v.description}`.includes(filter)),
  );
}

/** Sends every request to one port process; resolves with its answer lines, in order. */
function askPort(command: string, requests: unknown[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    // a port that exits early closes its stdin: that shows as missing answers, not a crash here
    child.stdin.on('error', () => {});
    child.on('close', (code) => {
      const answers = stdout.split('\n').filter((line) => line.trim() !== '');
      if (answers.length !== requests.length && code !== 0) reject(new Error(`the port exited with code ${code}`));
      else resolve(answers);
    });
    child.stdin.end(`${requests.map((r) => JSON.stringify(r)).join('\n')}\n`);
  });
}

/** The same output, or an error with the same code (and pointer, when the vector names one). */
function matches(vector: Vector, answer: unknown): boolean {
  if (answer === null || typeof answer !== 'object') return false;
  if ('output' in vector) return 'output' in answer && isDeepStrictEqual((answer as { output: unknown }).output, vector.output);
  const error = (answer as { error?: { code?: unknown; pointer?: unknown } }).error;
  if (!error || error.code !== vector.error?.code) return false;
  return vector.error?.pointer === undefined || error.pointer === vector.error.pointer;
}

function parseLine(line: string | undefined): unknown {
  try {
    return line === undefined ? null : (JSON.parse(line) as unknown);
  } catch {
    return null;
  }
}

/**
 * `hfjobs conformance [--port CMD]`: runs every vector against a port (by default this CLI's own
 * `hfjobs port`) and ends with the line `N passed, N failed`; exit 1 when any failed.
 */
export async function conformanceCommand(options: ConformanceOptions): Promise<void> {
  const port = options.port ?? `${JSON.stringify(process.execPath)} -- ${JSON.stringify(fileURLToPath(import.meta.url))} port`;
  const vectors = loadVectors(options.vectors ?? defaultVectorsDir(), options.filter);
  const requests = vectors.map(({ op, input, options: opOptions }) => (opOptions === undefined ? { op, input } : { op, input, options: opOptions }));
  let answers: string[] = [];
  try {
    answers = await askPort(port, requests);
  } catch (error) {
    process.stderr.write(`hfjobs: could not run the port (${(error as Error).message})\n`);
  }
  let passed = 0;
  vectors.forEach((vector, i) => {
    if (matches(vector, parseLine(answers[i]))) {
      passed += 1;
    } else if (!options.quiet) {
      const expected = 'output' in vector ? { output: vector.output } : { error: vector.error };
      process.stdout.write(`FAIL ${vector.file}: ${vector.op}: ${vector.description}\n  expected ${JSON.stringify(expected)}\n  got      ${answers[i] ?? '(no answer)'}\n`);
    }
  });
  const failed = vectors.length - passed;
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  if (failed > 0 || vectors.length === 0) throw new CheckFailed();
}
