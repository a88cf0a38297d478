import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ISSUE_EXAMPLE =
  '{"id":"x","owner":{"id":"1","name":"me","type":"user"},"status":{"stage":"RUNNING"},"createdAt":"2025-07-22T16:06:25.079Z","dockerImage":"python:3.12"}';

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hfjobs-')), name);
  writeFileSync(file, content);
  return file;
}

describe('hfjobs parse', () => {
  it('prints the model with url and ISO createdAt (the issue example, from stdin)', () => {
    const r = runCli(['parse', 'job-info', '-'], { input: ISSUE_EXAMPLE });
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.url).toBe('https://huggingface.co/jobs/me/x');
    expect(model.createdAt).toBe('2025-07-22T16:06:25.079Z');
    expect(model.status).toEqual({ stage: 'RUNNING', message: null });
  });

  it('reads a file, a list of records, and --endpoint', () => {
    const file = tempFile('jobs.json', `[${ISSUE_EXAMPLE},${ISSUE_EXAMPLE.replace('"x"', '"y"')}]`);
    const r = runCli(['parse', 'job-info', file, '--endpoint', 'http://127.0.0.1:5']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((j: { url: string }) => j.url)).toEqual(['http://127.0.0.1:5/jobs/me/x', 'http://127.0.0.1:5/jobs/me/y']);
  });

  it('uses HF_ENDPOINT like the Python client', () => {
    const r = runCli(['parse', 'job-info'], { input: ISSUE_EXAMPLE, env: { HF_ENDPOINT: 'https://hub-ci.huggingface.co/' } });
    expect(JSON.parse(r.stdout).url).toBe('https://hub-ci.huggingface.co/jobs/me/x');
  });

  it('an invalid record is one line on stderr with the pointer, exit 2, no stack trace', () => {
    const r = runCli(['parse', 'job-info'], { input: '{"id":"x","owner":{"id":"1","type":"user"},"status":{"stage":"RUNNING"}}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hfjobs: invalid job-info from stdin: /owner/name is required\n');
    expect(r.stdout).toBe('');
  });

  it('refuses a TYPE that has no parser', () => {
    const r = runCli(['parse', 'job-owner'], { input: '{}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hfjobs: unknown TYPE "job-owner"; expected one of: job-info, scheduled-job-info\n$/);
  });
});

describe('hfjobs validate', () => {
  it('exit 0 and one line when valid', () => {
    const file = tempFile('job.json', ISSUE_EXAMPLE);
    const r = runCli(['validate', 'job-info', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`valid job-info: ${file}\n`);
  });

  it('exit 1 and one line per error, each with its pointer', () => {
    const r = runCli(['validate', 'create-job-request', '-'], { input: '{"command":["echo",1],"dockerImage":"","timeoutSeconds":-5}' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('stdin: /command/1 must be a string [type]');
    expect(lines).toContain('stdin: /dockerImage must not be empty [minLength]');
    expect(lines).toContain('stdin: /timeoutSeconds must be >= 0 [minimum]');
  });

  it('reads a file named "stdin" from the file, not from standard input', () => {
    const file = tempFile('stdin', ISSUE_EXAMPLE);
    const r = runCli(['validate', 'job-info', 'stdin'], { input: 'not json', cwd: dirname(file) });
    expect(r).toMatchObject({ code: 0, stdout: 'valid job-info: stdin\n' });
  });

  it('--json prints the result for machines', () => {
    const r = runCli(['validate', 'job-owner', '--json'], { input: '{"id":"1","name":"me"}' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      type: 'job-owner',
      errors: [{ pointer: '/type', field: 'type', keyword: 'required', message: '/type is required' }],
    });
  });

  it.each([
    [['validate', 'job-info'], 'not json', /^hfjobs: stdin is not valid JSON\n$/],
    [['validate', 'jobinfo'], '{}', /^hfjobs: unknown TYPE "jobinfo"; expected one of: create-job-request, /],
    [['validate', 'job-info', '/nonexistent/file.json'], '', /^hfjobs: no such file: \/nonexistent\/file\.json\n$/],
    [['validate'], '', /^hfjobs: error: missing required argument 'type'/],
    [['frobnicate'], '', /^hfjobs: error: unknown command 'frobnicate'/],
  ])('bad input %j is one clear line on stderr and exit 2', (args, input, message) => {
    const r = runCli(args, { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('does not echo the content of a file that is not JSON (it may hold secrets)', () => {
    const r = runCli(['validate', 'job-info', '-'], { input: 'HF_TOKEN=hf_abcdefghijklmnop' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('hf_abcdefghijklmnop');
  });
});

describe('hfjobs schema', () => {
  it('lists every schema with its type name', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^job-info\s+JobInfo$/m);
    const files = readdirSync(new URL('../../../schemas/', import.meta.url)).filter((f) => f.endsWith('.schema.json'));
    expect(r.stdout.trim().split('\n')).toHaveLength(files.length);
  });

  it('prints one schema exactly as stored in schemas/', () => {
    const r = runCli(['schema', 'job-owner']);
    const stored = JSON.parse(readFileSync(new URL('../../../schemas/job-owner.schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(r.stdout)).toEqual(stored);
  });
});

describe('hfjobs --version and --help', () => {
  it('--version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists the commands', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['validate', 'parse', 'schema', 'port']) expect(r.stdout).toContain(command);
  });
});
