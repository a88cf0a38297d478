/**
 * @hfjobs/spec-builder — the request bodies that create Hugging Face Jobs, built exactly as the
 * Python client builds them, and checked by @hfjobs/core's validators before they are returned.
 *
 * @example
 * import { createJobSpec } from '@hfjobs/spec-builder';
 * createJobSpec({ image: 'python:3.12', command: ['python', '-c', 'print(1)'], timeout: '30m' });
 * @packageDocumentation
 */
export { createJobSpec, type JobSpecInput } from './create-job-spec.js';
export { createScheduledJobSpec, checkSchedule, scheduleBody, SCHEDULE_ALIASES, type ScheduleInput } from './scheduled.js';
export { createUvJobSpec, createScheduledUvJobSpec, uvCommand, uvUploadedScriptCommand, UV_IMAGE, UV_SCRIPT_PATH, type UvJobSpecInput } from './uv.js';
export { timeoutToSeconds, TIMEOUT_HINT } from './timeout.js';
export { resolveImage, SPACE_PREFIXES, type ResolvedImage } from './image.js';
export { parseDotenv, parseEnvAssignments } from './dotenv.js';
export { flavorWarning, DEFAULT_FLAVOR } from './flavor.js';
export { maskSecrets, SECRET_MASK } from './mask.js';
export { JobSpecError, type JobSpecErrorCode } from './errors.js';
