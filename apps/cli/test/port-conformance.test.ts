import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const conformance = (args: string[]) => runCli(['conformance', ...args]);

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
  it('every vector passes against the TypeScript port (the default port)', () => {
    const r = conformance([]);
    const summary = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout);
    expect(summary, r.stdout.slice(0, 2000)).not.toBeNull();
    expect(Number(summary?.[2])).toBe(0);
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(270);
    expect(r.code).toBe(0);
  });

  it('fails a port that answers wrongly', () => {
    // echoes each request back: right line count, wrong answers
    const r = conformance(['--port', 'cat', '--quiet', '--filter', 'parse-job-info']);
    expect(r.stdout).toMatch(/^0 passed, \d+ failed$/m);
    expect(r.code).toBe(1);
  });

  it('reports a port that cannot start', () => {
    const r = conformance(['--port', 'exit 3', '--quiet', '--filter', 'timeout']);
    expect(r.stdout).toMatch(/^0 passed, \d+ failed$/m);
    expect(r.stderr).toContain('could not run the port (the port exited with code 3)');
    expect(r.code).toBe(1);
  });
});
