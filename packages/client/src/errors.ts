import { JobsError } from '@hfjobs/core';

/** Why a call to the Jobs API failed; stable, for code to branch on. */
export type JobsHttpErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server_error'
  | 'http_error'
  | 'bad_response'
  | 'network_error'
  | 'timeout'
  | 'aborted';

/**
 * A call to the Jobs API that failed. The message names the method and URL and says what to do;
 * it never contains the token (URLs never carry it, and response bodies are not echoed).
 */
export class JobsHttpError extends JobsError {
  declare readonly code: JobsHttpErrorCode;
  /** The HTTP status, when the service answered. */
  readonly status: number | undefined;
  /** The URL called. */
  readonly url: string;
  /** How many attempts were made (retries included). */
  readonly attempts: number;

  constructor(code: JobsHttpErrorCode, message: string, details: { url: string; status?: number; attempts?: number; cause?: unknown }) {
    super(code, message, details.cause === undefined ? {} : { cause: details.cause });
    this.name = 'JobsHttpError';
    this.status = details.status;
    this.url = details.url;
    this.attempts = details.attempts ?? 1;
  }
}
