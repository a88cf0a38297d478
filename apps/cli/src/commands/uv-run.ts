import { clientFrom } from '../client-options.js';
import { reportAndFollow } from '../follow-job.js';
import { resolveEnvAndSecrets, warnAboutFlavor } from '../job-options.js';
import { commandWords } from './spec.js';
import type { RunFlags } from './run.js';
import type { UvSpecOptions } from './uv-spec.js';

/**
 * `hfjobs uv run [flags] SCRIPT [ARGS…]`: a `uv run` Job on a script URL, a command, or a local
 * script (uploaded to a private dataset first, `--repo` to choose it), followed like `run`.
 */
export async function uvRunCommand(script: string, args: string[], flags: RunFlags & UvSpecOptions & { repo?: string }): Promise<void> {
  const { env, secrets } = resolveEnvAndSecrets(flags);
  warnAboutFlavor(flags.flavor);
  const client = clientFrom(flags);
  const job = await client.runUvJob({
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
  await reportAndFollow(client, job, flags.detach);
}
