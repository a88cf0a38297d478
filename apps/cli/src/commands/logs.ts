import { clientFrom, type ClientFlags } from '../client-options.js';
import { untilInterrupted } from '../follow-job.js';
import { positiveInteger } from './run.js';

export interface LogsFlags extends ClientFlags {
  follow?: boolean;
  tail?: string;
}

/** `hfjobs logs [-f] [--tail N] ID`: what the Job has logged, then exit; with -f, until it ends. */
export async function logsCommand(id: string, flags: LogsFlags): Promise<void> {
  const tail = flags.tail === undefined ? undefined : positiveInteger(flags.tail, '--tail');
  const client = clientFrom(flags);
  await untilInterrupted(
    async (signal) => {
      for await (const line of client.fetchJobLogs(id, { follow: Boolean(flags.follow), signal, ...(tail === undefined ? {} : { tail }) })) {
        process.stdout.write(`${line}\n`);
      }
    },
    () => process.stderr.write(`\nhfjobs: stopped following the logs; the job is still running. Cancel it with: hfjobs cancel ${id}\n`),
  );
}
