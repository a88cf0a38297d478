import type { ParsedJobInfo } from '@hfjobs/core';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { formatDate } from '../output.js';
import { printListing, type ListingFlags } from '../listing.js';

/** The image a listing shows: the Docker image, else the Space (the Python CLI shows N/A for Space jobs). */
export function imageOrSpace(spec: { dockerImage: string | null; spaceId: string | null }): string {
  return spec.dockerImage || (spec.spaceId ? `hf.co/spaces/${spec.spaceId}` : 'N/A');
}

export function commandText(command: string[] | null): string {
  return command?.length ? command.join(' ') : 'N/A';
}

/** `hfjobs ps`: the namespace's running Jobs (all with -a), as a table, ids (-q), JSON or a template. */
export async function psCommand(flags: ClientFlags & ListingFlags): Promise<void> {
  printListing<ParsedJobInfo>(
    {
      items: await clientFrom(flags).listJobs(),
      hidden: (job) => !['RUNNING', 'UPDATING'].includes(job.status.stage),
      row: (job) => ({ id: job.id, image: imageOrSpace(job), command: commandText(job.command), created: formatDate(job.createdAt), status: job.status.stage.toLowerCase() }),
      filterKeys: ['id', 'image', 'status', 'command'],
      id: (job) => job.id,
      columns: ['JOB ID', 'IMAGE/SPACE', 'COMMAND', 'CREATED', 'STATUS'],
      cells: (job) => [job.id, imageOrSpace(job), commandText(job.command), formatDate(job.createdAt), job.status.stage],
      empty: 'No jobs found',
    },
    flags,
  );
}
