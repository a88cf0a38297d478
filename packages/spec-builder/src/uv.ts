import type { CreateJobRequest, CreateScheduledJobRequest, HardwareFlavor } from '@hfjobs/core';
import { JobSpecError } from './errors.js';
import { buildJobBody } from './create-job-spec.js';
import { inputObject, optionalString, stringList } from './input-fields.js';
import { SCHEDULE_INPUT_KEYS, scheduleBody, type ScheduleInput } from './scheduled.js';

/** The image uv Jobs run on unless told otherwise (the Python client's default). */
export const UV_IMAGE = 'ghcr.io/astral-sh/uv:python3.12-bookworm';

/** A `uv run` Job: a script URL (or a command uv runs), with its dependencies. */
export interface UvJobSpecInput {
  /** An http(s) URL of a Python script, or a command such as `python` or `echo`. */
  script: string;
  /** Arguments after the script. */
  scriptArgs?: readonly string[] | null;
  /** Packages to add with `--with`, e.g. `["pandas", "torch>=2"]`. */
  dependencies?: readonly string[] | null;
  /** The Python version for `--python`, e.g. `3.12`. */
  python?: string | null;
  /** The image; `ghcr.io/astral-sh/uv:python3.12-bookworm` when absent or empty. */
  image?: string | null;
  env?: Readonly<Record<string, string>> | null;
  secrets?: Readonly<Record<string, string>> | null;
  flavor?: HardwareFlavor | null;
  timeout?: number | string | null;
}

export const UV_INPUT_KEYS = ['script', 'scriptArgs', 'dependencies', 'python', 'image', 'env', 'secrets', 'flavor', 'timeout'] as const;

/** `uv run [--with DEP]… [--python V] SCRIPT [ARGS…]`, in the Python client's order. */
export function uvCommand(script: string, options: { scriptArgs?: readonly string[]; dependencies?: readonly string[]; python?: string } = {}): string[] {
  const uvArgs = (options.dependencies ?? []).flatMap((dependency) => ['--with', dependency]);
  if (options.python) uvArgs.push('--python', options.python);
  return ['uv', 'run', ...uvArgs, script, ...(options.scriptArgs ?? [])];
}

function uvJobFields(fields: Record<string, unknown>): Record<string, unknown> {
  const script = optionalString(fields.script, 'script', 'invalid_script');
  if (!script) throw new JobSpecError('invalid_script', 'script', 'invalid script: it is required (a script URL, or a command such as python)');
  const scriptArgs = stringList(fields.scriptArgs, 'scriptArgs', 'invalid_script_args');
  const dependencies = stringList(fields.dependencies, 'dependencies', 'invalid_dependencies');
  const python = optionalString(fields.python, 'python', 'invalid_python');
  const image = optionalString(fields.image, 'image', 'invalid_image');
  const command = uvCommand(script, { ...(scriptArgs && { scriptArgs }), ...(dependencies && { dependencies }), ...(python && { python }) });
  return { image: image || UV_IMAGE, command, env: fields.env, secrets: fields.secrets, flavor: fields.flavor, timeout: fields.timeout };
}

/**
 * The request body for a `uv run` Job on a remote script or a command, as the Python client's
 * `run_uv_job` builds it. A local script has to be uploaded first: that needs the Hub client
 * (`@hfjobs/spec-builder/node` has `assertRemoteUvScript` to refuse one clearly).
 *
 * @example createUvJobSpec({ script: 'https://example.com/train.py', dependencies: ['torch'] })
 * // command: ['uv', 'run', '--with', 'torch', 'https://example.com/train.py'], dockerImage: 'ghcr.io/astral-sh/uv:python3.12-bookworm'
 */
export function createUvJobSpec(input: UvJobSpecInput): CreateJobRequest {
  return buildJobBody(uvJobFields(inputObject(input, UV_INPUT_KEYS, 'uv job')));
}

/** The body that creates a scheduled `uv run` Job. */
export function createScheduledUvJobSpec(input: ScheduleInput & UvJobSpecInput): CreateScheduledJobRequest {
  const fields = inputObject(input, [...SCHEDULE_INPUT_KEYS, ...UV_INPUT_KEYS], 'scheduled uv job');
  return scheduleBody(buildJobBody(uvJobFields(fields)), fields);
}

/** `text` as one bash word (single quotes; embedded ones closed and escaped). */
function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Where a Job puts a script downloaded from the Hub before running it. */
export const UV_SCRIPT_PATH = '/tmp/script.py';

/**
 * The command of a Job that runs an uploaded script, as the Python client builds it: download
 * `$UV_SCRIPT_URL` with `$UV_SCRIPT_HF_TOKEN` to /tmp/script.py, then `uv run` it. Unlike the
 * Python client, which joins the script's arguments unquoted, each argument is shell-quoted.
 */
export function uvUploadedScriptCommand(options: { scriptArgs?: readonly string[]; dependencies?: readonly string[]; python?: string } = {}): string[] {
  const download =
    `python3 -c "import os, urllib.request; request = urllib.request.Request(os.environ['UV_SCRIPT_URL'], headers={'Authorization': 'Bearer ' + os.environ['UV_SCRIPT_HF_TOKEN']}); ` +
    `open('${UV_SCRIPT_PATH}', 'wb').write(urllib.request.urlopen(request).read())"`;
  const run = uvCommand(UV_SCRIPT_PATH, options).map(shellQuote).join(' ');
  return ['bash', '-c', `${download} && ${run}`];
}
