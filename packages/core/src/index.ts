/**
 * @hfjobs/core — the Hugging Face Jobs types, precompiled validators and parsers, generated
 * from the JSON Schemas in `schemas/`.
 *
 * @example
 * import { parseJobInfo, validateCreateJobRequest } from '@hfjobs/core';
 * const job = parseJobInfo(await (await fetch(url)).json());
 * console.log(job.status.stage, job.url);
 * @packageDocumentation
 */
export * from './generated/types.js';
export * from './generated/validate.js';
export { SCHEMA_NAMES, SCHEMA_TITLES, SCHEMAS, JOB_STAGES, HARDWARE_FLAVORS, LEGACY_HARDWARE_FLAVORS } from './generated/schemas.js';
export type { SchemaName, JsonSchemaDocument } from './generated/schemas.js';
export { JobsError, ValidationError, escapePointerSegment, lastPointerSegment } from './errors.js';
export type { ValidationIssue } from './errors.js';
export type { ValidationResult } from './validation-result.js';
export { parseJobInfo, parseScheduledJobInfo } from './parse.js';
export type {
  ParseOptions,
  ParsedJobInfo,
  ParsedJobStatus,
  ParsedJobSpec,
  ParsedLastJobInfo,
  ParsedScheduledJobInfo,
  ParsedScheduledJobStatus,
  ResponseSecrets,
} from './parse.js';
export { parseDateTime } from './datetime.js';
export { DEFAULT_ENDPOINT, defaultEndpoint } from './endpoint.js';
export { isSchemaName } from './schema-name.js';
export { VERSION } from './version.js';
