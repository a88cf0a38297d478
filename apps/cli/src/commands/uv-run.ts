import { clientFrom } from '../client-options.js';
import { reportAndFollow } from '../follow-job.js';
import { uvInputFrom, warnAboutFlavor, type UvOptions } from '../job-options.js';
import type { RunFlags } from './run.js';

/**
 * `hfjobs uv run [flags] SCRIPT [ARGS…]`: a `uv run` Job on a script URL, a command, or a local
 * script (uploaded to a private dataset first, `--repo` to choose it), followed like `run`.
 */
export async function uvRunCommand(script: string, args: string[], flags: RunFlags & UvOptions & { repo?: string }): Promise<void> {
  const input = uvInputFrom(script, args, flags);
  warnAboutFlavor(flags.flavor);
  const client = clientFrom(flags);
  await reportAndFollow(client, await client.runUvJob(input, flags.repo ? { repo: flags.repo } : {}), flags.detach);
}
