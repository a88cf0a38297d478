import { parseJobInfo, parseScheduledJobInfo, type ParseOptions } from '@hfjobs/core';
import { inputName, readJsonInput } from '../read-json.js';
import { schemaType } from '../schema-type.js';

const PARSERS = {
  'job-info': parseJobInfo,
  'scheduled-job-info': parseScheduledJobInfo,
} as const;

export interface ParseCommandOptions {
  endpoint?: string;
}

/**
 * `hfjobs parse TYPE [FILE|-]`: prints the parsed model as JSON (camelCase, ISO datetimes,
 * endpoint, url). A JSON array is read as a list of records, as the list endpoints return.
 */
export async function parseCommand(type: string, file: string | undefined, options: ParseCommandOptions): Promise<void> {
  const name = schemaType(type, ['job-info', 'scheduled-job-info']) as keyof typeof PARSERS;
  const parse = PARSERS[name];
  const value = await readJsonInput(file);
  const parseOptions: ParseOptions = { source: inputName(file) };
  if (options.endpoint !== undefined) parseOptions.endpoint = options.endpoint;
  const parsed = Array.isArray(value) ? value.map((item) => parse(item, parseOptions)) : parse(value, parseOptions);
  process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
}
