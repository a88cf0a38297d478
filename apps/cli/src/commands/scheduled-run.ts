import { clientFrom, type ClientFlags } from '../client-options.js';
import { resolveEnvAndSecrets, warnAboutFlavor, type JobOptions } from '../job-options.js';
import { commandWords } from './spec.js';
import type { UvSpecOptions } from './uv-spec.js';

type ScheduledRunFlags = JobOptions & ClientFlags;

function scheduleOf(schedule: string, flags: ScheduledRunFlags) {
  return { schedule, ...(flags.suspend ? { suspend: true } : {}), ...(flags.concurrency ? { concurrency: true } : {}) };
}

/** `hfjobs scheduled run [flags] SCHEDULE IMAGE [--] COMMAND…`. */
export async function scheduledRunCommand(schedule: string, image: string, command: string[], flags: ScheduledRunFlags): Promise<void> {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  warnAboutFlavor(flags.flavor);
  const created = await clientFrom(flags).createScheduledJob({
    ...scheduleOf(schedule, flags),
    image,
    command: commandWords(command),
    env,
    secrets,
    flavor: flags.flavor ?? null,
    timeout: flags.timeout ?? null,
  });
  process.stdout.write(`Scheduled Job created with ID: ${created.id}\n`);
}

/** `hfjobs scheduled uv run [flags] SCHEDULE SCRIPT [ARGS…]`. */
export async function scheduledUvRunCommand(schedule: string, script: string, args: string[], flags: ScheduledRunFlags & UvSpecOptions & { repo?: string }): Promise<void> {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  warnAboutFlavor(flags.flavor);
  const created = await clientFrom(flags).createScheduledUvJob({
    ...scheduleOf(schedule, flags),
    script,
    scriptArgs: commandWords(args),
    dependencies: flags.with,
    python: flags.python ?? null,
    image: flags.image ?? null,
    env,
    secrets,
    flavor: flags.flavor ?? null,
    timeout: flags.timeout ?? null,
  }, flags.repo ? { repo: flags.repo } : {});
  process.stdout.write(`Scheduled Job created with ID: ${created.id}\n`);
}
