import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI: tests run what users run. */
export const CLI = fileURLToPath(new URL('../dist/hfjobs.mjs', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Values that must never be printed: the test token and secret values the tests pass in. */
export const SECRETS = ['hf_test', 'hf_ThisMustNeverBePrinted', 'sk-live-SECRET-VALUE'];

/** Everything the CLI printed in this test file (checked by setup.ts after the file's tests). */
export const printed: { args: string[]; text: string; allowSecrets: boolean }[] = [];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `hfjobs ARGS…` through its bin file and shebang, as a user's shell does, with optional
 * stdin and extra environment; HF_ENDPOINT is cleared unless given.
 */
export interface RunOptions {
  input?: string;
  /** the working directory (default: this process's) */
  cwd?: string;
  env?: Record<string, string>;
  /** the test prints a secret on purpose (--show-secrets): leave it out of the no-secrets check */
  allowSecrets?: boolean;
}

export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const env = { ...process.env, HF_ENDPOINT: '', ...options.env };
  const result = spawnSync(CLI, args, { input: options.input ?? '', env, encoding: 'utf8', timeout: 30_000, ...(options.cwd ? { cwd: options.cwd } : {}) });
  printed.push({ args, text: `${result.stdout}${result.stderr}`, allowSecrets: Boolean(options.allowSecrets) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI without blocking this process (for tests whose server runs here), optionally
 * sending SIGINT once stdout contains `interruptAfter`.
 */
export function runCliAsync(args: string[], options: RunOptions & { interruptAfter?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(CLI, args, { env: { ...process.env, HF_ENDPOINT: '', ...options.env } });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.interruptAfter && !interrupted && stdout.includes(options.interruptAfter)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      printed.push({ args, text: `${stdout}${stderr}`, allowSecrets: Boolean(options.allowSecrets) });
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
