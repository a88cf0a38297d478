#!/usr/bin/env node
// Runs the conformance vectors of schemas/conformance/ against a port: any command that reads
// JSON lines {"op", "input", "options"?} on stdin and answers one JSON line each
// ({"output": ...} or {"error": {"code", "pointer"?}}). Ends with the line `N passed, N failed`.
//
//   node scripts/conformance.mjs [--port "CMD"] [--vectors DIR] [--filter TEXT] [--quiet]
//
// Plain JavaScript on purpose: a port author runs it with nothing but Node installed.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: `node ${JSON.stringify(join(root, 'apps/cli/dist/hfjobs.mjs'))} port` },
    vectors: { type: 'string', default: join(root, 'schemas/conformance') },
    filter: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

/** Every vector, with the file it came from. */
function loadVectors(dir, filter) {
  const vectors = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort()) {
    for (const vector of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
      if (filter && !`${file} ${vector.op} ${vector.description}`.includes(filter)) continue;
      vectors.push({ file, ...vector });
    }
  }
  return vectors;
}

/** Sends every request to one port process and collects its answers, in order. */
function askPort(command, requests) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    // a port that exits early closes its stdin: that shows as missing answers, not a crash here
    child.stdin.on('error', () => {});
    child.on('close', (code) => {
      const answers = stdout.split('\n').filter((line) => line.trim() !== '');
      if (answers.length !== requests.length && code !== 0) reject(new Error(`port exited with code ${code}`));
      else resolvePromise(answers);
    });
    child.stdin.end(requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
  });
}

/** Whether an answer matches a vector: the same output, or an error with the same code (and pointer, when the vector gives one). */
function matches(vector, answer) {
  if ('output' in vector) return answer !== null && 'output' in answer && isDeepStrictEqual(answer.output, vector.output);
  if (!answer || typeof answer.error !== 'object' || answer.error === null) return false;
  if (answer.error.code !== vector.error.code) return false;
  return vector.error.pointer === undefined || answer.error.pointer === vector.error.pointer;
}

const vectors = loadVectors(args.vectors, args.filter);
const requests = vectors.map(({ op, input, options }) => (options === undefined ? { op, input } : { op, input, options }));
let answers;
try {
  answers = await askPort(args.port, requests);
} catch (error) {
  console.error(`conformance: could not run the port (${error.message})`);
  answers = [];
}

let passed = 0;
let failed = 0;
vectors.forEach((vector, i) => {
  let answer = null;
  try {
    answer = answers[i] === undefined ? null : JSON.parse(answers[i]);
  } catch {
    answer = null;
  }
  if (matches(vector, answer)) {
    passed += 1;
    return;
  }
  failed += 1;
  if (!args.quiet) {
    const expected = 'output' in vector ? { output: vector.output } : { error: vector.error };
    console.log(`FAIL ${vector.file}: ${vector.op}: ${vector.description}`);
    console.log(`  expected ${JSON.stringify(expected)}`);
    console.log(`  got      ${answers[i] ?? '(no answer)'}`);
  }
});
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && vectors.length > 0 ? 0 : 1;
