/**
 * @hfjobs/client — the Hugging Face Jobs HTTP API, on Node's built-in fetch.
 *
 * @example
 * import { JobsClient } from '@hfjobs/client';
 * const client = new JobsClient();
 * const job = await client.runJob({ image: 'ubuntu', command: ['echo', 'hello'] });
 * console.log(job.url, (await client.waitForJob(job.id)).status.stage);
 * @packageDocumentation
 */
export { JobsClient, FINAL_JOB_STAGES } from './client.js';
export type { JobsClientOptions, CallContext, LogOptions, WaitOptions, UvContext } from './client.js';
export { uploadUvScript, UV_SCRIPTS_REPO } from './uv-upload.js';
export { JobsHttpError, type JobsHttpErrorCode } from './errors.js';
export { splitJobRef } from './job-ref.js';
export { logEvents, LogDeduplicator, type LogEvent } from './sse.js';
