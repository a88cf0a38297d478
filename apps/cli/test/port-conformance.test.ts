import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, runCli } from './run-cli.js';

function conformance(args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/conformance.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout };
}

describe('hfjobs port', () => {
  it('answers one line per request, in order, and survives bad lines', () => {
    const input = [
      '{"op":"validate:job-stage","input":"RUNNING"}',
      'this is not json',
      '{"op":"no-such-op","input":1}',
      '{"op":"validate:no-such-type","input":1}',
      '{"op":"parse-job-info","input":{"id":"x"}}',
      '',
      '{"input":1}',
    ].join('\n');
    const r = runCli(['port'], { input });
    expect(r.code).toBe(0);
    const answers = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(answers).toEqual([
      { output: true },
      { error: { code: 'bad_request', message: 'not a JSON line' } },
      { error: { code: 'unknown_op', message: 'unknown op no-such-op' } },
      { error: { code: 'unknown_op', message: 'unknown op validate:no-such-type' } },
      { error: { code: 'required', pointer: '/status' } },
      { error: { code: 'bad_request', message: 'a request is {"op": "...", "input": ...}' } },
    ]);
  });
});

describe('conformance suite', () => {
  it('every vector passes against the TypeScript port', () => {
    const r = conformance(['--port', `node ${JSON.stringify(CLI)} port`]);
    const summary = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout);
    expect(summary, r.stdout.slice(0, 2000)).not.toBeNull();
    expect(Number(summary?.[2])).toBe(0);
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(150);
    expect(r.code).toBe(0);
  });

  it('fails a port that answers wrongly', () => {
    // echoes each request back: right line count, wrong answers
    const r = conformance(['--port', 'cat', '--quiet', '--filter', 'parse-job-info']);
    expect(r.stdout).toMatch(/^0 passed, \d+ failed$/m);
    expect(r.code).toBe(1);
  });
});
