import { CronPattern } from 'croner';
import { assertCreateScheduledJobRequest, type CreateJobRequest, type CreateScheduledJobRequest } from '@hfjobs/core';
import { JobSpecError, show, typeName } from './errors.js';
import { JOB_SPEC_INPUT_KEYS, buildJobBody, type JobSpecInput } from './create-job-spec.js';
import { inputObject, optionalBoolean } from './input-fields.js';

/** The schedule aliases the service takes besides CRON expressions. */
export const SCHEDULE_ALIASES = ['@annually', '@yearly', '@monthly', '@weekly', '@daily', '@hourly'] as const;

const CRON_FIELDS = [
  { name: 'minute', range: '0-59' },
  { name: 'hour', range: '0-23' },
  { name: 'day-of-month', range: '1-31' },
  { name: 'month', range: '1-12 or JAN-DEC' },
  { name: 'day-of-week', range: '0-7 or SUN-SAT' },
] as const;

const SCHEDULE_HINT = `use ${SCHEDULE_ALIASES.join(', ')} or 5 CRON fields (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1"`;

/** When and how a scheduled Job starts. */
export interface ScheduleInput {
  /** `@hourly`, `@daily`, … or a 5-field CRON expression such as `0 9 * * 1`. */
  schedule: string;
  /** Create the schedule paused. Sent only when given. */
  suspend?: boolean | null;
  /** Allow a run to start while the previous one still runs. Sent only when given. */
  concurrency?: boolean | null;
}

export const SCHEDULE_INPUT_KEYS = ['schedule', 'suspend', 'concurrency'] as const;

function cronAccepts(pattern: string): boolean {
  try {
    new CronPattern(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a schedule: one of the aliases, or 5 CRON fields that croner accepts. The error names
 * the first field that is wrong on its own.
 *
 * @throws JobSpecError (`invalid_schedule`).
 */
export function checkSchedule(schedule: unknown): string {
  const refuse = (why: string): never => {
    throw new JobSpecError('invalid_schedule', 'schedule', `invalid schedule ${show(schedule)}: ${why}`, { value: schedule, hint: SCHEDULE_HINT });
  };
  if (typeof schedule !== 'string') return refuse(`expected a string, got ${typeName(schedule)}`);
  if (schedule.startsWith('@')) {
    return (SCHEDULE_ALIASES as readonly string[]).includes(schedule) ? schedule : refuse('unknown alias');
  }
  if (schedule.trim() !== schedule || schedule === '') return refuse('it is empty or has spaces around it');
  const fields = schedule.split(/[ \t]+/);
  if (fields.length !== 5) return refuse(`a CRON expression has 5 fields, this has ${fields.length}`);
  if (cronAccepts(schedule)) return schedule;
  fields.forEach((field, index) => {
    const alone = CRON_FIELDS.map((_, i) => (i === index ? field : '*')).join(' ');
    const spec = CRON_FIELDS[index] as (typeof CRON_FIELDS)[number];
    if (!cronAccepts(alone)) refuse(`the ${spec.name} field "${field}" is not valid (${spec.range})`);
  });
  return refuse('the fields do not form a valid CRON expression');
}

/** Wraps a Job body into the body that creates a scheduled Job, as the Python client does (`fields`: schedule, suspend?, concurrency?). */
export function scheduleBody(jobSpec: CreateJobRequest, fields: Record<string, unknown>): CreateScheduledJobRequest {
  const schedule = checkSchedule(fields.schedule);
  const suspend = optionalBoolean(fields.suspend, 'suspend', 'invalid_suspend');
  const concurrency = optionalBoolean(fields.concurrency, 'concurrency', 'invalid_concurrency');
  const body: CreateScheduledJobRequest = { jobSpec, schedule };
  // keys only when given, concurrency before suspend (the Python client's order)
  if (concurrency !== undefined) body.concurrency = concurrency;
  if (suspend !== undefined) body.suspend = suspend;
  assertCreateScheduledJobRequest(body);
  return body;
}

function jobFields(fields: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => keys.includes(key)));
}

/**
 * The request body that creates a scheduled Job (`POST /api/scheduled-jobs/{namespace}`):
 * `{ jobSpec, schedule, concurrency?, suspend? }`.
 *
 * @example createScheduledJobSpec({ schedule: '@hourly', image: 'ubuntu', command: ['echo', 'hello'] })
 * @throws JobSpecError naming the field (`schedule`, `timeout`, …).
 */
export function createScheduledJobSpec(input: ScheduleInput & JobSpecInput): CreateScheduledJobRequest {
  const fields = inputObject(input, [...SCHEDULE_INPUT_KEYS, ...JOB_SPEC_INPUT_KEYS], 'scheduled job');
  return scheduleBody(buildJobBody(jobFields(fields, JOB_SPEC_INPUT_KEYS)), fields);
}
