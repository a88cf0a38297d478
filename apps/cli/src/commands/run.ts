import { UsageError } from '../cli-error.js';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { reportAndFollow } from '../follow-job.js';
import { jobInputFrom, warnAboutFlavor, type JobOptions } from '../job-options.js';

export interface RunFlags extends JobOptions, ClientFlags {
  detach?: boolean;
}

/** `hfjobs run [flags] IMAGE [--] COMMAND…`: starts a Job, then follows its logs until it ends. */
export async function runCommand(image: string, command: string[], flags: RunFlags): Promise<void> {
  const input = jobInputFrom(image, command, flags);
  warnAboutFlavor(flags.flavor);
  const client = clientFrom(flags);
  await reportAndFollow(client, await client.runJob(input), flags.detach);
}

/** A positive whole number from a flag, or a UsageError naming the flag. */
export function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, got "${value}"`);
  return n;
}
