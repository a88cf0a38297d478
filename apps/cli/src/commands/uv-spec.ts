import { createScheduledUvJobSpec, createUvJobSpec } from '@hfjobs/spec-builder';
import { assertRemoteUvScript } from '@hfjobs/spec-builder/node';
import { resolveEnvAndSecrets, scheduleFields, warnAboutFlavor, type JobOptions } from '../job-options.js';
import { checkScheduleFlags, commandWords, printBody } from './spec.js';

export interface UvSpecOptions extends JobOptions {
  with: string[];
  python?: string;
  image?: string;
}

/** `hfjobs uv spec [flags] SCRIPT [ARGS…]`: prints the body of a `uv run` Job on a script URL or a command. */
export function uvSpecCommand(script: string, args: string[], options: UvSpecOptions): void {
  checkScheduleFlags(options);
  assertRemoteUvScript(script);
  const { env, secrets } = resolveEnvAndSecrets(options);
  const job = {
    script,
    scriptArgs: commandWords(args),
    dependencies: options.with,
    python: options.python ?? null,
    image: options.image ?? null,
    env,
    secrets,
    flavor: options.flavor ?? null,
    timeout: options.timeout ?? null,
  };
  const schedule = scheduleFields(options);
  const body = schedule ? createScheduledUvJobSpec({ ...schedule, ...job }) : createUvJobSpec(job);
  warnAboutFlavor(options.flavor);
  printBody(body, options.showSecrets);
}
