import type { JobsClient } from '@hfjobs/client';
import { clientFrom, type ClientFlags } from '../client-options.js';
import { printJson } from '../output.js';

export interface InspectFlags extends ClientFlags {
  quiet?: boolean;
  json?: boolean;
}

/** A command that prints records as JSON (ISO datetimes), or only their ids with -q. */
function inspectEach(fetchOne: (client: JobsClient, id: string) => Promise<{ id: string }>) {
  return async (ids: string[], flags: InspectFlags): Promise<void> => {
    const client = clientFrom(flags);
    const records = await Promise.all(ids.map((id) => fetchOne(client, id)));
    if (flags.quiet) process.stdout.write(records.map((record) => `${record.id}\n`).join(''));
    else printJson(records);
  };
}

/** `hfjobs inspect ID…`. */
export const inspectCommand = inspectEach((client, id) => client.inspectJob(id));

/** `hfjobs scheduled inspect ID…`. */
export const scheduledInspectCommand = inspectEach((client, id) => client.inspectScheduledJob(id));
