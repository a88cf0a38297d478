import { createJobSpec, createScheduledJobSpec, maskSecrets } from '@hfjobs/spec-builder';
import { UsageError } from '../cli-error.js';
import { jobInputFrom, scheduleFields, warnAboutFlavor, type JobOptions } from '../job-options.js';

/** Prints a request body as JSON, secrets masked unless asked otherwise. */
export function printBody(body: Parameters<typeof maskSecrets>[0], showSecrets: boolean | undefined): void {
  process.stdout.write(`${JSON.stringify(showSecrets ? body : maskSecrets(body), null, 2)}\n`);
}

/** `--suspend`/`--concurrency` without `--schedule` is a mistake, not something to ignore. */
export function checkScheduleFlags(options: JobOptions): void {
  if (options.schedule === undefined && (options.suspend || options.concurrency)) {
    throw new UsageError('--suspend and --concurrency only apply with --schedule');
  }
}

/** `hfjobs spec [flags] IMAGE [--] COMMAND…`: prints the body that creates the Job (or scheduled Job). */
export function specCommand(image: string, command: string[], options: JobOptions): void {
  checkScheduleFlags(options);
  const job = jobInputFrom(image, command, options);
  const schedule = options.schedule === undefined ? undefined : scheduleFields(options.schedule, options);
  const body = schedule ? createScheduledJobSpec({ ...schedule, ...job }) : createJobSpec(job);
  warnAboutFlavor(options.flavor);
  printBody(body, options.showSecrets);
}
