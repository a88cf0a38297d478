import { Command } from 'commander';
import { parseEnvAssignments, flavorWarning, type JobSpecInput, type UvJobSpecInput } from '@hfjobs/spec-builder';
import { parseEnvFile, readLocalToken } from '@hfjobs/spec-builder/node';

/** The flags `hfjobs spec` and `hfjobs uv spec` share with the Python `hf jobs run`. */
export interface JobOptions {
  env: string[];
  secrets: string[];
  envFile: string[];
  secretsFile: string[];
  flavor?: string;
  timeout?: string;
  schedule?: string;
  suspend?: boolean;
  concurrency?: boolean;
  showSecrets?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Adds the flags that describe a Job, as `hf jobs run` has them (one place for every command and the docs). */
export function addJobFlags(command: Command): Command {
  return command
    .option('-e, --env <KEY=VALUE>', 'an environment variable; a bare KEY takes its local value (repeatable)', collect, [])
    .option('-s, --secrets <KEY=VALUE>', 'a secret environment variable; a bare KEY takes its local value, HF_TOKEN your saved token (repeatable)', collect, [])
    .option('--env-file <file>', 'read environment variables from a .env file (repeatable; -e wins)', collect, [])
    .option('--secrets-file <file>', 'read secrets from a .env file (repeatable; -s wins)', collect, [])
    .option('--flavor <flavor>', 'the hardware, e.g. cpu-basic (default), a10g-small, h200; unknown flavors are sent with a warning')
    .option('--timeout <timeout>', 'the time limit: seconds (3600) or a number with a unit s, m, h, d (1.5h)');
}

/** Adds `--suspend` and `--concurrency`, for scheduled Jobs. */
export function addScheduleFlags(command: Command): Command {
  return command
    .option('--suspend', 'create the schedule paused')
    .option('--concurrency', 'let a run start while the previous one still runs');
}

/** The flags of `hfjobs spec` and `hfjobs uv spec`: the Job, an optional schedule, and how to print it. */
export function addSpecFlags(command: Command): Command {
  return addJobFlags(command)
    .option('--schedule <schedule>', 'make it a scheduled Job: @hourly, @daily, @weekly, @monthly, @yearly, @annually, or 5 CRON fields')
    .option('--suspend', 'with --schedule: create the schedule paused')
    .option('--concurrency', 'with --schedule: let a run start while the previous one runs')
    .option('--show-secrets', 'print secret values instead of ***')
    .option('--json', 'print the body as JSON (the default)');
}

/** Adds `--with`, `--python` and `--image`, for uv Jobs. */
export function addUvFlags(command: Command): Command {
  return command
    .option('--with <dependency>', 'a package to install with uv (repeatable)', collect, [])
    .option('-p, --python <version>', 'the Python version, e.g. 3.12')
    .option('--image <image>', 'the image (default ghcr.io/astral-sh/uv:python3.12-bookworm)');
}

/**
 * Env and secrets as the Python CLI reads them: files first, then the flags, later wins; a bare
 * KEY takes the local value, and for secrets HF_TOKEN is the locally saved token.
 */
export function resolveEnvAndSecrets(options: JobOptions): { env: Record<string, string>; secrets: Record<string, string> } {
  const environ = process.env;
  // the token file is read only when there are secrets to resolve (it costs a file read at start-up)
  const token = options.secrets.length > 0 || options.secretsFile.length > 0 ? readLocalToken(environ) : undefined;
  const secretsEnviron = token === undefined ? environ : { ...environ, HF_TOKEN: token };
  const env = Object.assign({}, ...options.envFile.map((file) => parseEnvFile(file, environ)), parseEnvAssignments(options.env, environ)) as Record<string, string>;
  const secrets = Object.assign(
    {},
    ...options.secretsFile.map((file) => parseEnvFile(file, secretsEnviron)),
    parseEnvAssignments(options.secrets, secretsEnviron),
  ) as Record<string, string>;
  return { env, secrets };
}

/** Warns on stderr about a flavor hfjobs does not know (it is still sent). */
export function warnAboutFlavor(flavor: string | undefined): void {
  const warning = flavorWarning(flavor);
  if (warning) process.stderr.write(`hfjobs: warning: ${warning}\n`);
}

/** The schedule part of a scheduled Job: suspend and concurrency only when their flags are given (as in the Python CLI). */
export function scheduleFields(schedule: string, flags: { suspend?: boolean; concurrency?: boolean }): { schedule: string; suspend?: boolean; concurrency?: boolean } {
  return { schedule, ...(flags.suspend && { suspend: true }), ...(flags.concurrency && { concurrency: true }) };
}

/** The flags of a uv Job, beside the Job flags. */
export interface UvOptions extends JobOptions {
  with: string[];
  python?: string;
  image?: string;
}

/** A leading `--` separates IMAGE (or SCRIPT) from what follows; it is not part of the command. */
export function commandWords(words: string[]): string[] {
  return words[0] === '--' ? words.slice(1) : words;
}

/** The `createJobSpec` input the flags describe (env and secrets resolved as the Python CLI does). */
export function jobInputFrom(image: string, command: string[], flags: JobOptions): JobSpecInput {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  return { image, command: commandWords(command), env, secrets, flavor: flags.flavor ?? null, timeout: flags.timeout ?? null };
}

/** The `createUvJobSpec` input the flags describe. */
export function uvInputFrom(script: string, args: string[], flags: UvOptions): UvJobSpecInput {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  return {
    script,
    scriptArgs: commandWords(args),
    dependencies: flags.with,
    python: flags.python ?? null,
    image: flags.image ?? null,
    env,
    secrets,
    flavor: flags.flavor ?? null,
    timeout: flags.timeout ?? null,
  };
}
