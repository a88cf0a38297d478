import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI: tests run what users run. */
export const CLI = fileURLToPath(new URL('../dist/hfjobs.mjs', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `hfjobs ARGS…` through its bin file and shebang, as a user's shell does, with optional
 * stdin and extra environment; HF_ENDPOINT is cleared unless given.
 */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const env = { ...process.env, HF_ENDPOINT: '', ...options.env };
  const result = spawnSync(CLI, args, { input: options.input ?? '', env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
