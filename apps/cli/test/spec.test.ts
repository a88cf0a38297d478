import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SECRET = 'hf_ThisMustNeverBePrinted'; // one of SECRETS in run-cli.ts

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hfjobs-spec-'));
}

describe('hfjobs spec', () => {
  it('prints the issue example body, secrets masked', () => {
    const r = runCli(['spec', '--timeout', '1.5h', '-e', 'A=1', '-s', 'HF_TOKEN=hf_x', 'hf.co/spaces/user/app', '--', 'python', '-c', 'print(1)']);
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toBe(
      '{"command":["python","-c","print(1)"],"arguments":[],"environment":{"A":"1"},"flavor":"cpu-basic","secrets":{"HF_TOKEN":"***"},"timeoutSeconds":5400,"spaceId":"user/app"}',
    );
    expect(r.stderr).toBe('');
  });

  it('treats everything after IMAGE as the command, flags included (as `hf jobs run` does)', () => {
    const r = runCli(['spec', 'ubuntu', 'python', '-c', 'print(1)', '--flavor', 'x']);
    expect(JSON.parse(r.stdout).command).toEqual(['python', '-c', 'print(1)', '--flavor', 'x']);
  });

  it('a bad timeout is one line on stderr naming timeout and the accepted forms, exit 2', () => {
    const r = runCli(['spec', '--timeout', 'abc', 'ubuntu', 'echo']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^hfjobs: invalid timeout "abc": .*s, m, h or d: 90, "90", "1\.5h", "2d"$/);
  });

  it('warns about an unknown flavor and still sends it', () => {
    const r = runCli(['spec', '--flavor', 'b300x16', 'ubuntu', 'ls']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).flavor).toBe('b300x16');
    expect(r.stderr).toMatch(/^hfjobs: warning: unknown flavor "b300x16", sent as given \(known: cpu-basic, /);
  });

  it('reads env and secrets files first, then flags; a bare -s HF_TOKEN forwards the saved token', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'env'), 'A=from-file\nB=from-file\n');
    writeFileSync(join(dir, 'secrets'), `DB_PASSWORD="p@ss word"\n`);
    writeFileSync(join(dir, 'token'), `${SECRET}\n`);
    const r = runCli(
      ['spec', '--env-file', join(dir, 'env'), '-e', 'B=from-flag', '-e', 'LOCAL', '--secrets-file', join(dir, 'secrets'), '-s', 'HF_TOKEN', '--show-secrets', 'ubuntu', 'ls'],
      { env: { HF_HOME: dir, HF_TOKEN: '', LOCAL: 'from-env' }, allowSecrets: true },
    );
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.environment).toEqual({ A: 'from-file', B: 'from-flag', LOCAL: 'from-env' });
    expect(body.secrets).toEqual({ DB_PASSWORD: 'p@ss word', HF_TOKEN: SECRET });
  });

  it('never prints a secret value unless --show-secrets is given', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets'), `API_KEY=${SECRET}\n`);
    const runs = [
      runCli(['spec', '-s', `T=${SECRET}`, 'ubuntu', 'ls']),
      runCli(['spec', '--secrets-file', join(dir, 'secrets'), '--schedule', '@daily', 'ubuntu', 'ls']),
      runCli(['spec', '-s', 'HF_TOKEN', 'ubuntu', 'ls'], { env: { HF_TOKEN: SECRET } }),
      runCli(['spec', '-s', `T=${SECRET}`, '--timeout', 'bad', 'ubuntu', 'ls']),
      runCli(['uv', 'spec', '-s', `T=${SECRET}`, 'https://e.com/s.py']),
    ];
    for (const r of runs) {
      expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
    }
    expect(JSON.parse(runs[0]?.stdout ?? '').secrets).toEqual({ T: '***' });
  });

  it('--schedule builds the scheduled body; --suspend and --concurrency are sent only when given', () => {
    const plain = runCli(['spec', '--schedule', '@hourly', 'ubuntu', 'echo', 'hello']);
    expect(JSON.parse(plain.stdout)).toEqual({
      jobSpec: { command: ['echo', 'hello'], arguments: [], environment: {}, flavor: 'cpu-basic', dockerImage: 'ubuntu' },
      schedule: '@hourly',
    });
    const flags = runCli(['spec', '--schedule', '0 9 * * 1', '--suspend', '--concurrency', 'ubuntu', 'ls']);
    expect(Object.keys(JSON.parse(flags.stdout))).toEqual(['jobSpec', 'schedule', 'concurrency', 'suspend']);
  });

  it('a bad CRON field is named', () => {
    const r = runCli(['spec', '--schedule', '0 25 * * *', 'ubuntu', 'ls']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hfjobs: invalid schedule "0 25 \* \* \*": the hour field "25" is not valid \(0-23\); /);
  });

  it('--suspend without --schedule is refused', () => {
    const r = runCli(['spec', '--suspend', 'ubuntu', 'ls']);
    expect(r).toMatchObject({ code: 2, stderr: 'hfjobs: --suspend and --concurrency only apply with --schedule\n' });
  });

  it('a missing env file is one line naming it', () => {
    const r = runCli(['spec', '--env-file', '/nonexistent/.env', 'ubuntu', 'ls']);
    expect(r).toMatchObject({ code: 2, stderr: 'hfjobs: cannot read /nonexistent/.env (no such file)\n' });
  });

  it('its output validates as a create-job-request (the README main job)', () => {
    const spec = runCli(['spec', '--timeout', '30m', 'python:3.12', 'python', '-c', 'print(1)']);
    const check = runCli(['validate', 'create-job-request', '-'], { input: spec.stdout });
    expect(check).toMatchObject({ code: 0, stdout: 'valid create-job-request: stdin\n' });
  });
});

describe('hfjobs uv spec', () => {
  it('builds the uv command of the Python CLI test (uv run echo hello)', () => {
    const r = runCli(['uv', 'spec', 'echo', 'hello']);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: ['uv', 'run', 'echo', 'hello'], dockerImage: 'ghcr.io/astral-sh/uv:python3.12-bookworm' });
  });

  it('takes --with, --python, --image and passes script arguments through', () => {
    const r = runCli(['uv', 'spec', '--with', 'torch', '--with', 'numpy', '-p', '3.11', '--image', 'python:3.11', 'https://e.com/train.py', '--epochs', '3']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      command: ['uv', 'run', '--with', 'torch', '--with', 'numpy', '--python', '3.11', 'https://e.com/train.py', '--epochs', '3'],
      dockerImage: 'python:3.11',
    });
  });

  it('refuses a local script: uploading needs the Hub client', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.py'), 'print(1)\n');
    const r = runCli(['uv', 'spec', join(dir, 'train.py')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a local file: a Job can only run it once it is uploaded to the Hub; give the script as an http\(s\) URL/);
  });
});
