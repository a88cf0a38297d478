import { assertCreateJobRequest, type CreateJobRequest, type HardwareFlavor } from '@hfjobs/core';
import { JobSpecError } from './errors.js';
import { DEFAULT_FLAVOR } from './flavor.js';
import { resolveImage } from './image.js';
import { timeoutToSeconds } from './timeout.js';
import { inputObject, optionalString, stringList, stringMap } from './input-fields.js';

/** What a Job runs: the arguments of the Python client's `run_job` that shape the request body. */
export interface JobSpecInput {
  /** A Docker image (`python:3.12`) or a Space URL (`hf.co/spaces/user/app`). */
  image: string;
  /** The command to run, e.g. `["python", "-c", "print(1)"]`. */
  command: readonly string[];
  /** Environment variables. */
  env?: Readonly<Record<string, string>> | null;
  /** Secret environment variables (stored encrypted by the service). */
  secrets?: Readonly<Record<string, string>> | null;
  /** The hardware; `cpu-basic` when absent or empty. Unknown flavors are sent as given. */
  flavor?: HardwareFlavor | null;
  /** Seconds (`3600`), or a number with a unit (`"1.5h"`, `"30m"`). */
  timeout?: number | string | null;
}

export const JOB_SPEC_INPUT_KEYS = ['image', 'command', 'env', 'secrets', 'flavor', 'timeout'] as const;

/** The body for one Job from already-read input fields; shared by the scheduled and uv builders. */
export function buildJobBody(fields: Record<string, unknown>): CreateJobRequest {
  if (fields.command === undefined || fields.command === null) {
    throw new JobSpecError('invalid_command', 'command', 'invalid command: it is required (a list of strings, e.g. ["echo", "hello"])');
  }
  const command = stringList(fields.command, 'command', 'invalid_command') as string[];
  const env = stringMap(fields.env, 'env', 'invalid_env', false);
  const secrets = stringMap(fields.secrets, 'secrets', 'invalid_secrets', true);
  const flavor = optionalString(fields.flavor, 'flavor', 'invalid_flavor');
  const timeoutSeconds = timeoutToSeconds(fields.timeout);
  const image = resolveImage(fields.image);
  // Key order is the Python client's: command, arguments, environment, flavor, secrets, timeoutSeconds, image.
  const body: CreateJobRequest = { command, arguments: [], environment: env ?? {}, flavor: flavor || DEFAULT_FLAVOR };
  if (secrets && Object.keys(secrets).length > 0) body.secrets = secrets;
  if (timeoutSeconds !== undefined) body.timeoutSeconds = timeoutSeconds;
  Object.assign(body, image);
  assertCreateJobRequest(body);
  return body;
}

/**
 * The request body that starts a Job (`POST /api/jobs/{namespace}`), exactly as the Python
 * client's `_create_job_spec` builds it, checked against `create-job-request.schema.json`.
 *
 * @example
 * createJobSpec({ image: 'hf.co/spaces/user/app', command: ['python', 'app.py'], timeout: '1.5h' });
 * // { command: ['python', 'app.py'], arguments: [], environment: {}, flavor: 'cpu-basic', timeoutSeconds: 5400, spaceId: 'user/app' }
 * @throws JobSpecError naming the field and its JSON pointer in the input.
 */
export function createJobSpec(input: JobSpecInput): CreateJobRequest {
  return buildJobBody(inputObject(input, JOB_SPEC_INPUT_KEYS, 'job'));
}
