/**
 * Wire → model, with the Python client's rules (SPEC.md): camelCase or snake_case keys combined
 * as Python's `a or b`, datetimes to Date, `endpoint` and `url` inferred. The wire value is
 * first checked against its schema, so every way the Python client would crash becomes a
 * ValidationError with a JSON pointer.
 */
import { ValidationError, lastPointerSegment } from './errors.js';
import { assertValid } from './validation-result.js';
import * as validators from './generated/validators.js';
import { defaultEndpoint } from './endpoint.js';
import { parseDateTime } from './datetime.js';
import type {
  HardwareFlavor,
  JobInfo,
  JobOwner,
  JobSpec,
  JobStage,
  JobVolume,
  JobDurations,
  JobInitiator,
  JobCreator,
  ScheduledJobInfo,
  ScheduledJobStatus,
  LastJobInfo,
} from './generated/types.js';

/** Options of the parsers. */
export interface ParseOptions {
  /** The Hub the record came from; default: `HF_ENDPOINT`, else https://huggingface.co. */
  endpoint?: string;
  /** Where the record came from (e.g. a URL), named in error messages. */
  source?: string;
}

/** Secrets as the service returns them: hidden values by name, or a list of names. */
export type ResponseSecrets = { [name: string]: string | null } | string[];

/** A Job's status in the model. */
export interface ParsedJobStatus {
  stage: JobStage;
  message: string | null;
  failureCount?: number | null;
  exposeUrls?: string[] | null;
  sshUrl?: string | null;
}

/** A Job, as `parseJobInfo` returns it: the Python client's JobInfo fields, camelCase. */
export interface ParsedJobInfo {
  id: string;
  createdAt: Date | null;
  dockerImage: string | null;
  spaceId: string | null;
  command: string[] | null;
  arguments: string[] | null;
  environment: { [name: string]: string } | null;
  secrets: ResponseSecrets | null;
  flavor: HardwareFlavor | null;
  status: ParsedJobStatus;
  owner: JobOwner;
  /** Fields the 2026 service sends; present only when the record has them. */
  startedAt?: Date | null;
  finishedAt?: Date | null;
  updatedAt?: Date | null;
  type?: string | null;
  labels?: { [key: string]: string } | null;
  volumes?: JobVolume[] | null;
  arch?: string | null;
  timeoutSeconds?: number | null;
  attempts?: number | null;
  durations?: JobDurations;
  initiator?: JobInitiator;
  createdBy?: JobCreator;
  /** The Hub the Job lives on. */
  endpoint: string;
  /** The Job's page: `{endpoint}/jobs/{owner.name}/{id}`. */
  url: string;
}

/** The Job a scheduled Job starts, in the model. */
export interface ParsedJobSpec {
  dockerImage: string | null;
  spaceId: string | null;
  command: string[] | null;
  arguments: string[] | null;
  environment: { [name: string]: string } | null;
  secrets: ResponseSecrets | null;
  flavor: HardwareFlavor | null;
  /** Seconds: the wire's `timeout`, else its `timeoutSeconds`. */
  timeout: number | null;
  tags: string[] | null;
  arch: string | null;
  attempts?: number | null;
  labels?: { [key: string]: string } | null;
  volumes?: JobVolume[] | null;
}

/** The last Job a scheduled Job started. */
export interface ParsedLastJobInfo {
  id: string;
  at: Date;
}

/** A scheduled Job's status in the model. */
export interface ParsedScheduledJobStatus {
  lastJob: ParsedLastJobInfo | null;
  nextJobRunAt: Date | null;
}

/** A scheduled Job, as `parseScheduledJobInfo` returns it. */
export interface ParsedScheduledJobInfo {
  id: string;
  createdAt: Date | null;
  jobSpec: ParsedJobSpec;
  schedule: string | null;
  suspend: boolean | null;
  concurrency: boolean | null;
  status: ParsedScheduledJobStatus;
  owner: JobOwner;
  updatedAt?: Date | null;
  /** The Hub the scheduled Job lives on. */
  endpoint: string;
}

type Wire = { [key: string]: unknown };

/** Python truthiness, for the values a valid record can hold. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Python's `wire.get(first) or wire.get(second)`, with the key it took (for error pointers). */
function either(wire: Wire, first: string, second: string): { key: string; value: unknown } {
  return truthy(wire[first]) ? { key: first, value: wire[first] } : { key: second, value: wire[second] };
}

/** `value ?? null`, for fields the Python client copies with `dict.get`. */
function copy<T>(value: unknown): T | null {
  return value === undefined ? null : (value as T);
}

function dateAt(text: unknown, pointer: string, schema: string, source: string | undefined): Date | null {
  if (!truthy(text)) return null;
  const date = parseDateTime(text as string);
  if (date) return date;
  // The schema checked the shape; this is a date that does not exist (e.g. 30 February).
  throw new ValidationError(
    [{ pointer, field: lastPointerSegment(pointer), keyword: 'format', message: `${pointer} must be a real date and time (ISO 8601), e.g. 2025-07-22T16:06:25.079Z` }],
    { schema, ...(source === undefined ? {} : { source }) },
  );
}

function ownerOf(owner: JobOwner): JobOwner {
  return { id: owner.id, name: owner.name, type: owner.type };
}

function copyPresent(target: Wire, wire: Wire, keys: readonly string[]): void {
  for (const key of keys) if (key in wire) target[key] = wire[key];
}

const JOB_INFO_EXTRA_KEYS = ['type', 'labels', 'volumes', 'arch', 'timeoutSeconds', 'attempts', 'durations', 'initiator', 'createdBy'] as const;
const JOB_INFO_EXTRA_DATES = ['startedAt', 'finishedAt', 'updatedAt'] as const;
const JOB_STATUS_EXTRA_KEYS = ['failureCount', 'exposeUrls', 'sshUrl'] as const;
const JOB_SPEC_EXTRA_KEYS = ['attempts', 'labels', 'volumes'] as const;

/**
 * Reads a Job as the Jobs API returns it.
 *
 * @example
 * const job = parseJobInfo({ id: 'x', owner: { id: '1', name: 'me', type: 'user' }, status: { stage: 'RUNNING' } });
 * job.url; // 'https://huggingface.co/jobs/me/x'
 * @throws ValidationError when the record is not a JobInfo (missing id, owner, status.stage, a bad datetime…).
 */
export function parseJobInfo(wire: unknown, options: ParseOptions = {}): ParsedJobInfo {
  const schema = 'job-info';
  assertValid(validators.JobInfo, schema, wire, options.source);
  const info = wire as JobInfo;
  const record = info as Wire;
  const created = either(record, 'createdAt', 'created_at');
  const status: ParsedJobStatus = { stage: info.status.stage, message: copy(info.status.message) };
  copyPresent(status as unknown as Wire, info.status as Wire, JOB_STATUS_EXTRA_KEYS);
  const owner = ownerOf(info.owner);
  const endpoint = options.endpoint ?? defaultEndpoint();
  const job: ParsedJobInfo = {
    id: info.id,
    createdAt: dateAt(created.value, `/${created.key}`, schema, options.source),
    dockerImage: copy(either(record, 'dockerImage', 'docker_image').value),
    spaceId: copy(either(record, 'spaceId', 'space_id').value),
    command: copy(info.command),
    arguments: copy(info.arguments),
    environment: copy(info.environment),
    secrets: copy(info.secrets),
    flavor: copy(info.flavor),
    status,
    owner,
    endpoint,
    url: `${endpoint}/jobs/${owner.name}/${info.id}`,
  };
  const extras: Wire = {};
  for (const key of JOB_INFO_EXTRA_DATES) {
    if (key in record) extras[key] = dateAt(record[key], `/${key}`, schema, options.source);
  }
  copyPresent(extras, record, JOB_INFO_EXTRA_KEYS);
  if (Object.keys(extras).length === 0) return job;
  // keep endpoint and url last, as the Python dataclass has its inferred fields last
  const { endpoint: e, url, ...fields } = job;
  return { ...fields, ...extras, endpoint: e, url } as ParsedJobInfo;
}

function parseJobSpec(spec: JobSpec): ParsedJobSpec {
  const record = spec as Wire;
  const parsed: ParsedJobSpec = {
    dockerImage: copy(either(record, 'dockerImage', 'docker_image').value),
    spaceId: copy(either(record, 'spaceId', 'space_id').value),
    command: copy(spec.command),
    arguments: copy(spec.arguments),
    environment: copy(spec.environment),
    secrets: copy(spec.secrets),
    flavor: copy(spec.flavor),
    // The seed reads `timeout`; the service sends `timeoutSeconds`: never drop it silently.
    timeout: copy(spec.timeout ?? spec.timeoutSeconds),
    tags: copy(spec.tags),
    arch: copy(spec.arch),
  };
  copyPresent(parsed as unknown as Wire, record, JOB_SPEC_EXTRA_KEYS);
  return parsed;
}

/**
 * Reads a scheduled Job as the Jobs API returns it. Here the Python client reads the
 * snake_case keys first (`job_spec`, `last_job`, `next_job_run_at`); so does this.
 *
 * @example
 * const s = parseScheduledJobInfo({ id: 's', owner: { id: '1', name: 'me', type: 'user' }, schedule: '@hourly' });
 * s.jobSpec.command; // null
 * @throws ValidationError when the record is not a ScheduledJobInfo.
 */
export function parseScheduledJobInfo(wire: unknown, options: ParseOptions = {}): ParsedScheduledJobInfo {
  const schema = 'scheduled-job-info';
  assertValid(validators.ScheduledJobInfo, schema, wire, options.source);
  const info = wire as ScheduledJobInfo;
  const record = info as Wire;
  const created = either(record, 'createdAt', 'created_at');
  const spec = either(record, 'job_spec', 'jobSpec').value ?? {};
  const status = (info.status ?? {}) as ScheduledJobStatus & Wire;
  const lastJob = either(status, 'last_job', 'lastJob');
  const nextRun = either(status, 'next_job_run_at', 'nextJobRunAt');
  let parsedLastJob: ParsedLastJobInfo | null = null;
  if (truthy(lastJob.value)) {
    const last = lastJob.value as LastJobInfo;
    const at = dateAt(last.at, `/status/${lastJob.key}/at`, schema, options.source) as Date;
    parsedLastJob = { id: last.id, at };
  }
  const parsed: ParsedScheduledJobInfo = {
    id: info.id,
    createdAt: dateAt(created.value, `/${created.key}`, schema, options.source),
    jobSpec: parseJobSpec(spec as JobSpec),
    schedule: copy(info.schedule),
    suspend: copy(info.suspend),
    concurrency: copy(info.concurrency),
    status: {
      lastJob: parsedLastJob,
      nextJobRunAt: dateAt(nextRun.value, `/status/${nextRun.key}`, schema, options.source),
    },
    owner: ownerOf(info.owner),
    endpoint: options.endpoint ?? defaultEndpoint(),
  };
  if (!('updatedAt' in record)) return parsed;
  const { endpoint, ...fields } = parsed;
  return { ...fields, updatedAt: dateAt(record.updatedAt, '/updatedAt', schema, options.source), endpoint };
}
