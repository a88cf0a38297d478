import {
  defaultEndpoint,
  parseJobInfo,
  parseScheduledJobInfo,
  validateHardwareInfo,
  ValidationError,
  type HardwareInfo,
  type ParsedJobInfo,
  type ParsedScheduledJobInfo,
} from '@hfjobs/core';
import { statSync } from 'node:fs';
import {
  createJobSpec,
  createScheduledJobSpec,
  createUvJobSpec,
  scheduleBody,
  uvUploadedScriptCommand,
  UV_IMAGE,
  type JobSpecInput,
  type ScheduleInput,
  type UvJobSpecInput,
} from '@hfjobs/spec-builder';
import type { CreateJobRequest } from '@hfjobs/core';
import { uploadUvScript } from './uv-upload.js';
import { readLocalToken } from '@hfjobs/spec-builder/node';
import { JobsHttpError } from './errors.js';
import { call, callJson, sleep, type HttpSettings } from './http.js';
import { LogDeduplicator, logEvents } from './sse.js';
import { splitJobRef } from './job-ref.js';

/** How to reach the Jobs API. Every field is optional. */
export interface JobsClientOptions {
  /** The Hub token; default: HF_TOKEN, else the token file the Python client writes. `false`: none. */
  token?: string | false;
  /** The Hub; default: HF_ENDPOINT (trailing `/` stripped), else https://huggingface.co. */
  endpoint?: string;
  /** The user or organization whose Jobs to use; default: the token's user (whoami, asked once). */
  namespace?: string;
  fetch?: typeof globalThis.fetch;
  userAgent?: string;
  /** Retries after a failed attempt (429, 5xx on safe calls, network errors); default 4. */
  maxRetries?: number;
  /** The most time in ms one call may take with its retries; default 60 000. */
  maxRetryTime?: number;
  /** How long in ms an attempt may wait for the response headers; default 30 000. */
  timeout?: number;
  /** The first retry delay in ms (it doubles); default 1 000. */
  retryBaseDelay?: number;
  /** How long in ms a log stream may stay quiet before `fetchJobLogs` without `follow` stops; default 5 000. */
  logsIdleTimeout?: number;
  /** The environment to read HF_TOKEN, HF_ENDPOINT and HF_HOME from; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What every method takes. */
export interface CallContext {
  signal?: AbortSignal;
  /** This call's namespace; a `namespace/id` job id wins over it. */
  namespace?: string;
}

export interface UvContext extends CallContext {
  /** Where to upload a local script: a dataset name or namespace/name (default {namespace}/hf-cli-jobs-uv-run-scripts). */
  repo?: string;
}

function isLocalFile(script: string): boolean {
  if (/^https?:\/\//.test(script)) return false;
  try {
    return statSync(script).isFile();
  } catch {
    return false;
  }
}

export interface LogOptions extends CallContext {
  /** Keep reading until the Job ends (reconnecting after drops), instead of stopping when the stream is quiet. */
  follow?: boolean;
  /** Only the last N lines. */
  tail?: number;
}

export interface WaitOptions extends CallContext {
  /** Give up after this many ms (a `timeout` error); default: wait as long as the Job runs. */
  timeout?: number;
  /** How often to ask, in ms; default 2 000. */
  interval?: number;
  /** Called after each poll with the Job as it is. */
  onPoll?: (job: ParsedJobInfo) => void;
}

type ResourceKind = 'jobs' | 'scheduled-jobs';

/** Stages after which a Job will not change any more. */
export const FINAL_JOB_STAGES: readonly string[] = ['COMPLETED', 'CANCELED', 'ERROR', 'DELETED', 'STOPPED'];

/**
 * The Hugging Face Jobs API. Every answer goes through @hfjobs/core's parsers, so a malformed
 * one is a ValidationError naming the URL and the JSON pointer; a failed call is a JobsHttpError.
 *
 * @example
 * const client = new JobsClient();
 * const job = await client.runJob({ image: 'python:3.12', command: ['python', '-c', 'print(1)'] });
 * for await (const line of client.fetchJobLogs(job.id, { follow: true })) console.log(line);
 */
export class JobsClient {
  /** The Hub this client talks to. */
  readonly endpoint: string;
  private readonly http: HttpSettings;
  private readonly logsIdleTimeout: number;
  private namespacePromise: Promise<string> | undefined;

  constructor(options: JobsClientOptions = {}) {
    const env = options.env ?? process.env;
    this.endpoint = (options.endpoint ?? defaultEndpoint(env)).replace(/\/+$/, '');
    const token = options.token === false ? undefined : (options.token ?? readLocalToken(env));
    this.http = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      token,
      userAgent: options.userAgent ?? 'hfjobs-client',
      maxRetries: options.maxRetries ?? 4,
      maxRetryTime: options.maxRetryTime ?? 60_000,
      timeout: options.timeout ?? 30_000,
      retryBaseDelay: options.retryBaseDelay ?? 1_000,
    };
    this.logsIdleTimeout = options.logsIdleTimeout ?? 5_000;
    if (options.namespace) this.namespacePromise = Promise.resolve(options.namespace);
  }

  /** The token's user name (GET /api/whoami-v2). */
  async whoami(context: CallContext = {}): Promise<string> {
    const url = `${this.endpoint}/api/whoami-v2`;
    const body = (await callJson(this.http, url, { signal: context.signal })) as { name?: unknown } | null;
    if (!body || typeof body.name !== 'string') throw new JobsHttpError('bad_response', `GET ${url}: the answer has no user name`, { url });
    return body.name;
  }

  /** The namespace of a call: the job id's, else the call's, else the client's, else whoami (asked once). */
  private async namespaceOf(context: CallContext, fromId?: string): Promise<string> {
    if (fromId) return fromId;
    if (context.namespace) return context.namespace;
    if (!this.namespacePromise) {
      this.namespacePromise = this.whoami(context).catch((error: unknown) => {
        this.namespacePromise = undefined;
        throw error;
      });
    }
    return this.namespacePromise;
  }

  /** The URL of a namespace's Jobs or scheduled Jobs. */
  private async collectionUrl(kind: ResourceKind, context: CallContext): Promise<string> {
    return `${this.endpoint}/api/${kind}/${encodeURIComponent(await this.namespaceOf(context))}`;
  }

  /** One Job or scheduled Job (`id` may be `namespace/id`): its URL, and what a 404 there means. */
  private async resource(kind: ResourceKind, ref: string, context: CallContext, suffix = ''): Promise<{ url: string; namespace: string; id: string; notFound: string }> {
    const { namespace: fromId, id } = splitJobRef(ref);
    const namespace = await this.namespaceOf(context, fromId);
    const url = `${this.endpoint}/api/${kind}/${encodeURIComponent(namespace)}/${encodeURIComponent(id)}${suffix}`;
    return { url, namespace, id, notFound: `no ${kind === 'jobs' ? 'job' : 'scheduled job'} ${id} in namespace ${namespace}` };
  }

  private parseJob(wire: unknown, url: string): ParsedJobInfo {
    return parseJobInfo(wire, { endpoint: this.endpoint, source: url });
  }

  private parseScheduled(wire: unknown, url: string): ParsedScheduledJobInfo {
    return parseScheduledJobInfo(wire, { endpoint: this.endpoint, source: url });
  }

  private list<T>(wire: unknown, url: string, parse: (item: unknown, url: string) => T): T[] {
    if (!Array.isArray(wire)) {
      throw new ValidationError([{ pointer: '', field: '', keyword: 'type', message: 'the value must be an array' }], { source: url });
    }
    return wire.map((item, index) => {
      try {
        return parse(item, url);
      } catch (error) {
        // name the item in the list, so the pointer leads to it
        if (error instanceof ValidationError) {
          const issues = error.issues.map((i) => ({ ...i, pointer: `/${index}${i.pointer}`, message: `/${index}${i.message}` }));
          throw new ValidationError(issues as [(typeof issues)[number], ...typeof issues], { ...(error.schema ? { schema: error.schema } : {}), source: url });
        }
        throw error;
      }
    });
  }

  /** Starts a Job (POST /api/jobs/{namespace}) with the body `createJobSpec` builds. */
  async runJob(input: JobSpecInput, context: CallContext = {}): Promise<ParsedJobInfo> {
    return this.postJob(createJobSpec(input), context);
  }

  /**
   * Starts a `uv run` Job on a script URL, a command, or a script on this machine. A local script
   * is first uploaded to a private dataset on the Hub (as the Python client does), and the Job
   * downloads it with the token, passed as the secret UV_SCRIPT_HF_TOKEN.
   */
  async runUvJob(input: UvJobSpecInput, context: UvContext = {}): Promise<ParsedJobInfo> {
    return this.postJob(await this.uvBody(input, context), context);
  }

  /** The body of a uv Job; for a local script, after uploading it. Bad input fails before any upload. */
  private async uvBody(input: UvJobSpecInput, context: UvContext): Promise<CreateJobRequest> {
    const remote = createUvJobSpec(input);
    if (!isLocalFile(input.script)) return remote;
    const token = this.http.token;
    if (!token) {
      throw new JobsHttpError('unauthorized', `uploading ${input.script} needs a Hub token; set HF_TOKEN or pass --token`, { url: this.endpoint });
    }
    const namespace = await this.namespaceOf(context);
    const { url } = await uploadUvScript(input.script, { endpoint: this.endpoint, token, namespace, repo: context.repo, fetch: this.http.fetch });
    return createJobSpec({
      image: input.image || UV_IMAGE,
      command: uvUploadedScriptCommand({ ...(input.scriptArgs && { scriptArgs: input.scriptArgs }), ...(input.dependencies && { dependencies: input.dependencies }), ...(input.python && { python: input.python }) }),
      env: { ...input.env, UV_SCRIPT_URL: url },
      secrets: { ...input.secrets, UV_SCRIPT_HF_TOKEN: token },
      flavor: input.flavor ?? null,
      timeout: input.timeout ?? null,
    });
  }

  private async postJob(body: unknown, context: CallContext): Promise<ParsedJobInfo> {
    const url = await this.collectionUrl('jobs', context);
    return this.parseJob(await callJson(this.http, url, { method: 'POST', body, signal: context.signal }), url);
  }

  /** The namespace's Jobs (GET /api/jobs/{namespace}). */
  async listJobs(context: CallContext = {}): Promise<ParsedJobInfo[]> {
    const url = await this.collectionUrl('jobs', context);
    return this.list(await callJson(this.http, url, { signal: context.signal }), url, (item, u) => this.parseJob(item, u));
  }

  /** One Job; `id` may be `namespace/id`. */
  async inspectJob(id: string, context: CallContext = {}): Promise<ParsedJobInfo> {
    const ref = await this.resource('jobs', id, context);
    return this.parseJob(await callJson(this.http, ref.url, { signal: context.signal, notFound: ref.notFound }), ref.url);
  }

  /** Cancels a Job (POST …/cancel). */
  async cancelJob(id: string, context: CallContext = {}): Promise<void> {
    const ref = await this.resource('jobs', id, context, '/cancel');
    await call(this.http, ref.url, { method: 'POST', signal: context.signal, notFound: ref.notFound });
  }

  /**
   * A Job's log lines (SSE on …/logs). Without `follow`, what is there: it stops when the stream
   * ends or stays quiet for `logsIdleTimeout`. With `follow`, until the Job ends: a stream that
   * closes or drops while the Job runs is reopened, and no line is given twice or lost.
   */
  async *fetchJobLogs(id: string, options: LogOptions = {}): AsyncGenerator<string> {
    const ref = await this.resource('jobs', id, options, '/logs');
    const url = options.tail === undefined ? ref.url : `${ref.url}?tail=${encodeURIComponent(String(options.tail))}`;
    const lines = new LogDeduplicator();
    let jobEnded = false;
    let quietReconnects = 0;
    for (;;) {
      lines.reconnect();
      let progressed = false;
      let dropped = false;
      const response = await call(this.http, url, { stream: true, signal: options.signal, notFound: ref.notFound });
      try {
        if (response.body) {
          const events = logEvents(response.body, { ...(options.follow ? {} : { idleTimeout: this.logsIdleTimeout }), ...(options.signal ? { signal: options.signal } : {}) });
          for await (const event of events) {
            if (event.data.startsWith('===== Job started')) continue;
            if (!lines.isNew(event)) continue;
            progressed = true;
            yield event.data;
          }
        }
      } catch (error) {
        if (options.signal?.aborted) throw new JobsHttpError('aborted', `GET ${url}: aborted`, { url, cause: options.signal.reason });
        dropped = true; // the stream broke off: reopen it and skip what was already given
      }
      if (jobEnded || (!options.follow && !dropped)) return;
      if (options.follow) {
        const job = await this.inspectJob(`${ref.namespace}/${ref.id}`, { signal: options.signal });
        // once the Job has ended, read the stream one last time for what came after the break
        if (FINAL_JOB_STAGES.includes(job.status.stage)) jobEnded = true;
      }
      quietReconnects = progressed ? 0 : quietReconnects + 1;
      // Following, a quiet Job is not an error: keep asking while it runs (at most every 10 s).
      // Without follow, only a stream that broke off is reopened, and only so many times.
      if (!options.follow && quietReconnects > this.http.maxRetries) {
        throw new JobsHttpError('network_error', `GET ${url}: the log stream keeps breaking off`, { url, attempts: quietReconnects });
      }
      if (!jobEnded) await sleep(Math.min(this.http.retryBaseDelay * 2 ** quietReconnects, 10_000), options.signal);
    }
  }

  /** Polls a Job until it reaches a final stage (COMPLETED, CANCELED, ERROR, DELETED, STOPPED) and returns it. */
  async waitForJob(id: string, options: WaitOptions = {}): Promise<ParsedJobInfo> {
    const started = Date.now();
    for (;;) {
      const job = await this.inspectJob(id, options);
      options.onPoll?.(job);
      if (FINAL_JOB_STAGES.includes(job.status.stage)) return job;
      if (options.timeout !== undefined && Date.now() - started >= options.timeout) {
        throw new JobsHttpError('timeout', `job ${job.owner.name}/${job.id} is still ${job.status.stage} after ${Math.round(options.timeout / 1000)} s`, { url: job.url });
      }
      await sleep(options.interval ?? 2_000, options.signal);
    }
  }

  /** Creates a scheduled Job (POST /api/scheduled-jobs/{namespace}) with the body `createScheduledJobSpec` builds. */
  async createScheduledJob(input: ScheduleInput & JobSpecInput, context: CallContext = {}): Promise<ParsedScheduledJobInfo> {
    return this.postScheduled(createScheduledJobSpec(input), context);
  }

  /** Creates a scheduled `uv run` Job on a script URL, a command, or a local script (uploaded first). */
  async createScheduledUvJob(input: ScheduleInput & UvJobSpecInput, context: UvContext = {}): Promise<ParsedScheduledJobInfo> {
    const { schedule, suspend, concurrency, ...job } = input;
    const schedulePart = { schedule, suspend, concurrency };
    scheduleBody(createUvJobSpec(job), schedulePart); // check the schedule before uploading anything
    return this.postScheduled(scheduleBody(await this.uvBody(job, context), schedulePart), context);
  }

  private async postScheduled(body: unknown, context: CallContext): Promise<ParsedScheduledJobInfo> {
    const url = await this.collectionUrl('scheduled-jobs', context);
    return this.parseScheduled(await callJson(this.http, url, { method: 'POST', body, signal: context.signal }), url);
  }

  /** The namespace's scheduled Jobs. */
  async listScheduledJobs(context: CallContext = {}): Promise<ParsedScheduledJobInfo[]> {
    const url = await this.collectionUrl('scheduled-jobs', context);
    return this.list(await callJson(this.http, url, { signal: context.signal }), url, (item, u) => this.parseScheduled(item, u));
  }

  /** One scheduled Job; `id` may be `namespace/id`. */
  async inspectScheduledJob(id: string, context: CallContext = {}): Promise<ParsedScheduledJobInfo> {
    const ref = await this.resource('scheduled-jobs', id, context);
    return this.parseScheduled(await callJson(this.http, ref.url, { signal: context.signal, notFound: ref.notFound }), ref.url);
  }

  private async scheduledAction(id: string, method: 'POST' | 'DELETE', suffix: string, context: CallContext): Promise<void> {
    const ref = await this.resource('scheduled-jobs', id, context, suffix);
    await call(this.http, ref.url, { method, signal: context.signal, notFound: ref.notFound });
  }

  /** Deletes a scheduled Job. */
  deleteScheduledJob(id: string, context: CallContext = {}): Promise<void> {
    return this.scheduledAction(id, 'DELETE', '', context);
  }

  /** Pauses a scheduled Job. */
  suspendScheduledJob(id: string, context: CallContext = {}): Promise<void> {
    return this.scheduledAction(id, 'POST', '/suspend', context);
  }

  /** Resumes a paused scheduled Job. */
  resumeScheduledJob(id: string, context: CallContext = {}): Promise<void> {
    return this.scheduledAction(id, 'POST', '/resume', context);
  }

  /** Starts a run of a scheduled Job now (POST …/run). */
  triggerScheduledJob(id: string, context: CallContext = {}): Promise<void> {
    return this.scheduledAction(id, 'POST', '/run', context);
  }

  /** The hardware catalogue (GET /api/jobs/hardware), each entry checked against hardware-info.schema.json. */
  async listHardware(context: CallContext = {}): Promise<HardwareInfo[]> {
    const url = `${this.endpoint}/api/jobs/hardware`;
    return this.list(await callJson(this.http, url, { signal: context.signal }), url, (item, u) => {
      const result = validateHardwareInfo(item);
      if (!result.ok) throw new ValidationError(result.errors, { schema: 'hardware-info', source: u });
      return result.value;
    });
  }
}
