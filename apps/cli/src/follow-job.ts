import type { JobsClient } from '@hfjobs/client';
import type { ParsedJobInfo } from '@hfjobs/core';
import { CheckFailed, Interrupted } from './cli-error.js';
import { coloredStage } from './output.js';

/** Runs `work` with an AbortSignal that Ctrl-C fires; Ctrl-C then ends the command with exit code 130. */
export async function untilInterrupted<T>(work: (signal: AbortSignal) => Promise<T>, onInterrupt: () => void): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      onInterrupt();
      throw new Interrupted();
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
  }
}

/**
 * What `run` does after starting a Job: prints its id and page, then (unless detached) follows its
 * logs until it ends. Exit code 0 when it COMPLETED, 1 otherwise; Ctrl-C stops following (130)
 * and leaves the Job running.
 */
export async function reportAndFollow(client: JobsClient, job: ParsedJobInfo, detach: boolean | undefined): Promise<void> {
  process.stdout.write(`Job started with ID: ${job.id}\nView at: ${job.url}\n`);
  if (detach) return;
  const ref = `${job.owner.name}/${job.id}`;
  const final = await untilInterrupted(
    async (signal) => {
      for await (const line of client.fetchJobLogs(ref, { follow: true, signal })) process.stdout.write(`${line}\n`);
      return client.inspectJob(ref, { signal });
    },
    () => process.stderr.write(`\nhfjobs: stopped following the logs; the job is still running. Cancel it with: hfjobs cancel ${ref}\n`),
  );
  if (final.status.stage !== 'COMPLETED') {
    const message = final.status.message ? `: ${final.status.message}` : '';
    process.stderr.write(`hfjobs: job ${ref} ended ${coloredStage(final.status.stage, process.stderr)}${message}\n`);
    throw new CheckFailed();
  }
}
