import { timeoutToSeconds } from '@hfjobs/spec-builder';
import { CheckFailed } from '../cli-error.js';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { untilInterrupted } from '../follow-job.js';
import { coloredStage } from '../output.js';
import { positiveInteger } from './run.js';

export interface WaitFlags extends ClientFlags {
  timeout?: string;
  interval?: string;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** `hfjobs wait ID`: waits until the Job ends; exit 0 when it COMPLETED, 1 otherwise. A status line only on a terminal. */
export async function waitCommand(id: string, flags: WaitFlags): Promise<void> {
  const seconds = flags.timeout === undefined ? undefined : timeoutToSeconds(flags.timeout);
  const interval = flags.interval === undefined ? undefined : positiveInteger(flags.interval, '--interval') * 1000;
  const client = clientFrom(flags);
  const tty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let frame = 0;
  const job = await untilInterrupted(
    (signal) =>
      client.waitForJob(id, {
        signal,
        ...(seconds === undefined ? {} : { timeout: seconds * 1000 }),
        ...(interval === undefined ? {} : { interval }),
        onPoll: (polled) => {
          if (!tty) return;
          const elapsed = Math.round((Date.now() - started) / 1000);
          process.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${polled.owner.name}/${polled.id}: ${polled.status.stage} (${elapsed} s)\u001b[K`);
        },
      }),
    () => process.stderr.write(`\nhfjobs: stopped waiting; the job is still running.\n`),
  );
  if (tty) process.stderr.write('\r\u001b[K');
  process.stdout.write(`${job.owner.name}/${job.id} ${coloredStage(job.status.stage)}\n`);
  if (job.status.stage !== 'COMPLETED') throw new CheckFailed();
}
