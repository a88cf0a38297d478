import { clientFrom, type ClientFlags } from '../client-options.js';
import { jobInputFrom, scheduleFields, uvInputFrom, warnAboutFlavor, type JobOptions, type UvOptions } from '../job-options.js';

type ScheduledRunFlags = JobOptions & ClientFlags;

/** `hfjobs scheduled run [flags] SCHEDULE IMAGE [--] COMMAND…`. */
export async function scheduledRunCommand(schedule: string, image: string, command: string[], flags: ScheduledRunFlags): Promise<void> {
  const input = { ...scheduleFields(schedule, flags), ...jobInputFrom(image, command, flags) };
  warnAboutFlavor(flags.flavor);
  const created = await clientFrom(flags).createScheduledJob(input);
  process.stdout.write(`Scheduled Job created with ID: ${created.id}\n`);
}

/** `hfjobs scheduled uv run [flags] SCHEDULE SCRIPT [ARGS…]`; a local script is uploaded first. */
export async function scheduledUvRunCommand(schedule: string, script: string, args: string[], flags: ScheduledRunFlags & UvOptions & { repo?: string }): Promise<void> {
  const input = { ...scheduleFields(schedule, flags), ...uvInputFrom(script, args, flags) };
  warnAboutFlavor(flags.flavor);
  const created = await clientFrom(flags).createScheduledUvJob(input, flags.repo ? { repo: flags.repo } : {});
  process.stdout.write(`Scheduled Job created with ID: ${created.id}\n`);
}
