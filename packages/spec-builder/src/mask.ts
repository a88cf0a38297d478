import type { CreateJobRequest, CreateScheduledJobRequest } from '@hfjobs/core';

/** What a secret's value is shown as. */
export const SECRET_MASK = '***';

function maskJob(body: CreateJobRequest): CreateJobRequest {
  if (!body.secrets) return body;
  return { ...body, secrets: Object.fromEntries(Object.keys(body.secrets).map((name) => [name, SECRET_MASK])) };
}

/** A copy of a request body whose secret values are `***`, for printing; key order kept. */
export function maskSecrets<T extends CreateJobRequest | CreateScheduledJobRequest>(body: T): T {
  if ('jobSpec' in body) return { ...body, jobSpec: maskJob(body.jobSpec) };
  return maskJob(body as CreateJobRequest) as T;
}
