import type { ParsedScheduledJobInfo } from '@hfjobs/core';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { formatDate } from '../output.js';
import { printListing, type ListingFlags } from '../listing.js';
import { commandText, imageOrSpace } from './ps.js';

/** What `scheduled ps` shows, filters on (id, image, suspend, command) and offers to --format, in column order. */
function row(job: ParsedScheduledJobInfo): Record<string, string> {
  return {
    id: job.id,
    schedule: job.schedule ?? 'N/A',
    image: imageOrSpace(job.jobSpec),
    command: commandText(job.jobSpec.command),
    last_job_at: formatDate(job.status.lastJob?.at),
    next_job_run_at: formatDate(job.status.nextJobRunAt),
    // Python's str(bool): True, False or None
    suspend: job.suspend === null ? 'None' : job.suspend ? 'True' : 'False',
  };
}

/** `hfjobs scheduled ps`: the namespace's active scheduled Jobs (suspended ones too with -a). */
export async function scheduledPsCommand(flags: ClientFlags & ListingFlags): Promise<void> {
  printListing<ParsedScheduledJobInfo>(
    {
      items: await clientFrom(flags).listScheduledJobs(),
      hidden: (job) => Boolean(job.suspend),
      row,
      filterKeys: ['id', 'image', 'suspend', 'command'],
      id: (job) => job.id,
      columns: ['ID', 'SCHEDULE', 'IMAGE/SPACE', 'COMMAND', 'LAST RUN', 'NEXT RUN', 'SUSPEND'],
      cells: (job) => Object.values(row(job)),
      empty: 'No scheduled jobs found',
    },
    flags,
  );
}
