import { clientFrom, type ClientFlags } from '../client-options.js';

/** `hfjobs cancel ID`: no output, as in the Python CLI. */
export async function cancelCommand(id: string, flags: ClientFlags): Promise<void> {
  await clientFrom(flags).cancelJob(id);
}
