import { JobsHttpError, type JobsHttpErrorCode } from './errors.js';

/** How the client talks HTTP: settings shared by every call. */
export interface HttpSettings {
  fetch: typeof globalThis.fetch;
  token: string | undefined;
  userAgent: string;
  /** Retries after the first attempt, for 429, 5xx (safe methods) and network failures. */
  maxRetries: number;
  /** The most time, in ms, spent on one call including its retries and waits. */
  maxRetryTime: number;
  /** How long, in ms, one attempt may wait for the response headers. */
  timeout: number;
  /** The first backoff delay in ms; it doubles each retry, up to 10 s. */
  retryBaseDelay: number;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** what a 404 means here, e.g. "no job abc in namespace me" */
  notFound?: string;
  /** keep the body as a stream (logs): only the headers are bounded by the timeout */
  stream?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'DELETE', 'PUT']);
const TOKEN_HINT = 'set HF_TOKEN or pass --token with a token from https://huggingface.co/settings/tokens';

/** Waits `ms`, or rejects when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After as ms: seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Removes the token from any text that reaches a message. */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join('***') : text;
}

async function serverMessage(response: Response, token: string | undefined): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown; message?: unknown };
    const text = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : '';
    return text ? `: ${redact(text.slice(0, 200), token)}` : '';
  } catch {
    return '';
  }
}

async function httpError(response: Response, method: string, url: string, attempts: number, options: CallOptions, token: string | undefined): Promise<JobsHttpError> {
  const status = response.status;
  const where = `${method} ${url}`;
  const said = await serverMessage(response, token);
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  const [code, message]: [JobsHttpErrorCode, string] =
    status === 401
      ? ['unauthorized', `${where}: not authenticated (HTTP 401)${said}; ${TOKEN_HINT}`]
      : status === 403
        ? ['forbidden', `${where}: not allowed (HTTP 403)${said}; check that your token may act for this namespace (${TOKEN_HINT})`]
        : status === 404
          ? ['not_found', `${options.notFound ?? `${where}: not found`} (HTTP 404)`]
          : status === 429
            ? ['rate_limited', `${where}: too many requests (HTTP 429)${tried}; try again later`]
            : status >= 500
              ? ['server_error', `${where}: the service failed (HTTP ${status})${tried}${said}`]
              : ['http_error', `${where}: HTTP ${status}${said}`];
  return new JobsHttpError(code, message, { url, status, attempts });
}

/**
 * One call to the API, with bounded retries: 429 always (it was not processed), 5xx and network
 * failures for safe methods only (a POST that failed after the service acted must not start a
 * second Job). Waits double from `retryBaseDelay` (at most 10 s) or follow Retry-After; the
 * whole call stays within `maxRetryTime`.
 */
export async function call(http: HttpSettings, url: string, options: CallOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const started = Date.now();
  const headers: Record<string, string> = { 'user-agent': http.userAgent };
  if (http.token) headers.authorization = `Bearer ${http.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.stream) headers.accept = 'text/event-stream';
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);

  for (let attempt = 1; ; attempt++) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error('timeout')), http.timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    const retryIn = (wait: number) => attempt <= http.maxRetries && Date.now() - started + wait <= http.maxRetryTime;
    const backoff = Math.min(http.retryBaseDelay * 2 ** (attempt - 1), 10_000);
    let response: Response;
    try {
      response = await http.fetch(url, { method, headers, ...(body === undefined ? {} : { body }), signal });
    } catch (error) {
      clearTimeout(timer);
      if (options.signal?.aborted) throw new JobsHttpError('aborted', `${method} ${url}: aborted`, { url, attempts: attempt, cause: options.signal.reason });
      const timedOut = timeout.signal.aborted;
      if (SAFE_METHODS.has(method) && retryIn(backoff)) {
        await sleep(backoff, options.signal);
        continue;
      }
      const reason = timedOut ? `no answer within ${http.timeout / 1000} s` : `could not reach the service (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
      throw new JobsHttpError(timedOut ? 'timeout' : 'network_error', `${method} ${url}: ${reason}`, { url, attempts: attempt });
    }
    // the timer bounds the wait for headers; a stream's body is read at its own pace
    clearTimeout(timer);
    if (response.ok) return response;
    const retryable = response.status === 429 || (response.status >= 500 && SAFE_METHODS.has(method));
    const wait = retryAfterMs(response) ?? backoff;
    if (retryable && retryIn(wait)) {
      await response.body?.cancel();
      await sleep(wait, options.signal);
      continue;
    }
    throw await httpError(response, method, url, attempt, options, http.token);
  }
}

/** A call whose answer is JSON; a body that is not JSON is a `bad_response` error. */
export async function callJson(http: HttpSettings, url: string, options: CallOptions = {}): Promise<unknown> {
  const response = await call(http, url, options);
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JobsHttpError('bad_response', `${options.method ?? 'GET'} ${url}: the answer is not JSON (HTTP ${response.status})`, { url, status: response.status });
  }
}
