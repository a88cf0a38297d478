/**
 * @hfjobs/spec-builder/node — the parts that touch the file system: .env files, the locally
 * saved Hub token, and refusing local uv scripts (uploading them needs the Hub client).
 * @packageDocumentation
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { JobsError } from '@hfjobs/core';
import { parseDotenv } from './dotenv.js';
import { JobSpecError } from './errors.js';

/**
 * Reads a .env file with the Python CLI's dotenv rules (`parseDotenv`). A bare `KEY` line takes
 * its value from `environ`.
 * @throws JobsError (`unreadable_file`) when the file cannot be read; the message names the path only.
 */
export function parseEnvFile(path: string, environ: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new JobsError('unreadable_file', `cannot read ${path} (${code === 'ENOENT' ? 'no such file' : code})`, { field: path });
  }
  return parseDotenv(text, environ);
}

/**
 * The Hub token saved on this machine, found where the Python client looks: `HF_TOKEN`, then
 * `HUGGING_FACE_HUB_TOKEN`, then the file `HF_TOKEN_PATH`, else `$HF_HOME/token`
 * (default `~/.cache/huggingface/token`). Undefined when there is none.
 */
export function readLocalToken(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const fromEnv = (env.HF_TOKEN || env.HUGGING_FACE_HUB_TOKEN)?.trim();
  if (fromEnv) return fromEnv;
  const home = env.HF_HOME || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'huggingface');
  const path = env.HF_TOKEN_PATH || join(home, 'token');
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws when `script` is a file on this machine: a local script must be uploaded to the Hub
 * before a Job can run it, which needs the Hub client, not this builder.
 */
export function assertRemoteUvScript(script: string): void {
  if (/^https?:\/\//.test(script)) return;
  let isFile = false;
  try {
    isFile = statSync(script).isFile();
  } catch {
    isFile = false;
  }
  if (isFile) {
    throw new JobSpecError('invalid_script', 'script', `"${script}" is a local file: a Job can only run it once it is uploaded to the Hub`, {
      value: script,
      hint: 'give the script as an http(s) URL, or run it with the Hub client (hfjobs uv run) that uploads it',
    });
  }
}
