import { UsageError } from '../cli-error.js';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { reportAndFollow } from '../follow-job.js';
import { resolveEnvAndSecrets, warnAboutFlavor, type JobOptions } from '../job-options.js';
import { commandWords } from './spec.js';

export interface RunFlags extends JobOptions, ClientFlags {
  detach?: boolean;
}

/** `hfjobs run [flags] IMAGE [--] COMMAND…`: starts a Job, then follows its logs until it ends. */
export async function runCommand(image: string, command: string[], flags: RunFlags): Promise<void> {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  warnAboutFlavor(flags.flavor);
  const client = clientFrom(flags);
  const job = await client.runJob({ image, command: commandWords(command), env, secrets, flavor: flags.flavor ?? null, timeout: flags.timeout ?? null });
  await reportAndFollow(client, job, flags.detach);
}

/** A positive whole number from a flag, or a UsageError naming the flag. */
export function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, got "${value}"`);
  return n;
}
