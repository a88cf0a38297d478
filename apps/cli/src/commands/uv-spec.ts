import { createScheduledUvJobSpec, createUvJobSpec } from '@hfjobs/spec-builder';
import { assertRemoteUvScript } from '@hfjobs/spec-builder/node';
import { scheduleFields, uvInputFrom, warnAboutFlavor, type UvOptions } from '../job-options.js';
import { checkScheduleFlags, printBody } from './spec.js';

/** `hfjobs uv spec [flags] SCRIPT [ARGS…]`: prints the body of a `uv run` Job on a script URL or a command. */
export function uvSpecCommand(script: string, args: string[], options: UvOptions): void {
  checkScheduleFlags(options);
  assertRemoteUvScript(script);
  const job = uvInputFrom(script, args, options);
  const schedule = options.schedule === undefined ? undefined : scheduleFields(options.schedule, options);
  const body = schedule ? createScheduledUvJobSpec({ ...schedule, ...job }) : createUvJobSpec(job);
  warnAboutFlavor(options.flavor);
  printBody(body, options.showSecrets);
}
