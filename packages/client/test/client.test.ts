import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@hfjobs/core';
import { createJobSpec } from '@hfjobs/spec-builder';
import { JobsClient, JobsHttpError, type JobsClientOptions } from '../src/index.js';
import { ContractServer } from './contract-server.js';

let server: ContractServer;

beforeEach(async () => {
  server = new ContractServer();
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

/** A client for the contract server, with quick retries so that the tests stay short. */
function client(options: JobsClientOptions = {}): JobsClient {
  return new JobsClient({ endpoint: server.url, token: server.token, retryBaseDelay: 5, logsIdleTimeout: 300, env: {}, ...options });
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('configuration', () => {
  it('takes the token from HF_TOKEN, else the token file, and the endpoint from HF_ENDPOINT', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hfjobs-client-'));
    writeFileSync(join(home, 'token'), `${server.token}\n`);
    const fromFile = new JobsClient({ env: { HF_HOME: home, HF_ENDPOINT: `${server.url}/` }, retryBaseDelay: 5 });
    expect(fromFile.endpoint).toBe(server.url);
    expect(await fromFile.whoami()).toBe(server.user);
    const fromEnv = new JobsClient({ env: { HF_TOKEN: server.token, HF_ENDPOINT: server.url } });
    expect(await fromEnv.whoami()).toBe(server.user);
    expect(server.requests.map((r) => r.authorization)).toEqual([`Bearer ${server.token}`, `Bearer ${server.token}`]);
  });
});

describe('runJob', () => {
  it('sends one POST to /api/jobs/<whoami name> with the createJobSpec body and the token', async () => {
    const input = { image: 'ubuntu', command: ['echo', 'hello'], secrets: { API_KEY: 'sk-secret' }, timeout: '1.5h' };
    const job = await client().runJob(input);
    const posts = server.calls('POST', /^\/api\/jobs\//);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(`/api/jobs/${server.user}`);
    expect(posts[0]?.body).toEqual(createJobSpec(input));
    expect(posts[0]?.authorization).toBe('Bearer hf_test');
    expect(job.url).toBe(`${server.url}/jobs/${server.user}/${job.id}`);
    expect(job.createdAt).toBeInstanceOf(Date);
  });

  it('asks whoami once per client, and not at all with a namespace', async () => {
    const c = client();
    await c.runJob({ image: 'ubuntu', command: ['ls'] });
    await c.listJobs();
    await c.listScheduledJobs();
    expect(server.calls('GET', /whoami/)).toHaveLength(1);
    await client({ namespace: 'my-org' }).listJobs();
    expect(server.calls('GET', /whoami/)).toHaveLength(1);
    expect(server.calls('GET', /^\/api\/jobs\/my-org$/)).toHaveLength(1);
  });

  it('does not retry a POST that failed with 5xx (it may have started the Job)', async () => {
    server.inject({ method: 'POST', path: /^\/api\/jobs\//, times: 1, status: 502 });
    await expect(client().runJob({ image: 'ubuntu', command: [] })).rejects.toMatchObject({ code: 'server_error', status: 502, attempts: 1 });
    expect(server.calls('POST', /^\/api\/jobs\//)).toHaveLength(1);
  });

  it('retries a POST that got 429 (it was not processed)', async () => {
    server.inject({ method: 'POST', path: /^\/api\/jobs\//, times: 1, status: 429, retryAfter: '0' });
    const job = await client().runJob({ image: 'ubuntu', command: [] });
    expect(job.status.stage).toBe('RUNNING');
    expect(server.calls('POST', /^\/api\/jobs\//)).toHaveLength(2);
  });
});

describe('jobs', () => {
  it('lists, inspects (also as namespace/id) and cancels', async () => {
    const c = client();
    const job = await c.runJob({ image: 'python:3.12', command: ['python', '-c', 'print(1)'] });
    expect((await c.listJobs()).map((j) => j.id)).toEqual([job.id]);
    expect((await c.inspectJob(job.id)).id).toBe(job.id);
    expect((await c.inspectJob(`${server.user}/${job.id}`)).dockerImage).toBe('python:3.12');
    await c.cancelJob(`${server.user}/${job.id}`);
    expect((await c.inspectJob(job.id)).status.stage).toBe('CANCELED');
  });

  it('a 404 says which job in which namespace', async () => {
    await expect(client().inspectJob('someone/nope')).rejects.toThrow('no job nope in namespace someone (HTTP 404)');
  });

  it('401 and 403 say what to do, and never show the token', async () => {
    const error = await client({ token: 'hf_WrongToken123' }).listJobs({ namespace: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobsHttpError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect((error as Error).message).toContain('set HF_TOKEN or pass --token');
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('WrongToken');
    server.inject({ method: 'GET', path: /^\/api\/jobs\//, times: 1, status: 403 });
    await expect(client().listJobs({ namespace: 'other-org' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('retries 5xx on a GET, then succeeds; the retries are bounded', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 2, status: 500 });
    expect(await client().listJobs({ namespace: 'ns' })).toEqual([]);
    expect(server.calls('GET', /^\/api\/jobs\/ns$/)).toHaveLength(3);
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 100, status: 503 });
    await expect(client({ maxRetries: 2 }).listJobs({ namespace: 'ns' })).rejects.toMatchObject({ code: 'server_error', attempts: 3 });
    expect(server.calls('GET', /^\/api\/jobs\/ns$/)).toHaveLength(6);
  });

  it('honours Retry-After on 429', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 1, status: 429, retryAfter: '1' });
    await client().listJobs({ namespace: 'ns' });
    const [first, second] = server.calls('GET', /^\/api\/jobs\/ns$/);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('gives up at once when Retry-After is beyond the time budget', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 1, status: 429, retryAfter: '120' });
    await expect(client({ maxRetryTime: 2_000 }).listJobs({ namespace: 'ns' })).rejects.toMatchObject({ code: 'rate_limited', attempts: 1 });
  });

  it('a slow answer hits the timeout, is retried, and the error says so', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 2, delayMs: 400 });
    await expect(client({ timeout: 100, maxRetries: 1 }).listJobs({ namespace: 'ns' })).rejects.toMatchObject({ code: 'timeout', attempts: 2 });
    // the injected delays are used up: the same call now answers in time
    expect(await client({ timeout: 100, maxRetries: 1 }).listJobs({ namespace: 'ns' })).toEqual([]);
  });

  it('a service that cannot be reached is a network_error', async () => {
    const port = Number(new URL(server.url).port);
    await server.stop();
    await expect(new JobsClient({ endpoint: `http://127.0.0.1:${port}`, token: 't', maxRetries: 1, retryBaseDelay: 5, env: {} }).listJobs({ namespace: 'ns' })).rejects.toMatchObject({ code: 'network_error', attempts: 2 });
    await server.start();
  });

  it('an answer that is not JSON is a bad_response; a malformed record a ValidationError with URL and pointer', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 1, rawBody: '<html>oops</html>' });
    await expect(client().listJobs({ namespace: 'ns' })).rejects.toMatchObject({ code: 'bad_response' });
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 1, jsonBody: [{ id: 'x', status: { stage: 'RUNNING' }, owner: { id: '1', type: 'user' } }] });
    const error = await client().listJobs({ namespace: 'ns' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ pointer: '/0/owner/name', source: `${server.url}/api/jobs/ns` });
    expect((error as Error).message).toBe(`invalid job-info from ${server.url}/api/jobs/ns: /0/owner/name is required`);
  });

  it('an aborted signal stops the call', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/ns$/, times: 1, delayMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client().listJobs({ namespace: 'ns', signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('fetchJobLogs', () => {
  async function jobWithLogs(lines: string[], extra: { dropAfter?: number; endStage?: string } = {}) {
    const job = await client().runJob({ image: 'ubuntu', command: ['train'] });
    server.logs.set(job.id, { lines, ...extra });
    return job;
  }

  it('gives the lines, without the start banner and keep-alive comments', async () => {
    const job = await jobWithLogs(['step 1', 'step 2', 'step 3']);
    expect(await collect(client().fetchJobLogs(job.id))).toEqual(['step 1', 'step 2', 'step 3']);
  });

  it('passes tail', async () => {
    const job = await jobWithLogs(['a']);
    await collect(client().fetchJobLogs(job.id, { tail: 10 }));
    expect(server.calls('GET', /\/logs/).at(-1)?.path).toBe(`/api/jobs/${server.user}/${job.id}/logs?tail=10`);
  });

  it('follows a stream that drops mid-way: no line lost, none twice, even repeated ones', async () => {
    const lines = ['epoch 1', 'loss 0.5', 'epoch 2', 'loss 0.5', 'epoch 3', 'done'];
    const job = await jobWithLogs(lines, { dropAfter: 3, endStage: 'COMPLETED' });
    expect(await collect(client().fetchJobLogs(job.id, { follow: true }))).toEqual(lines);
    expect(server.calls('GET', /\/logs$/).length).toBeGreaterThanOrEqual(2);
  });

  it('without follow, a dropped stream is reopened too', async () => {
    const job = await jobWithLogs(['1', '2', '3', '4'], { dropAfter: 2 });
    expect(await collect(client().fetchJobLogs(job.id))).toEqual(['1', '2', '3', '4']);
  });

  it('follow stops when the Job ends', async () => {
    const job = await jobWithLogs(['only line'], { endStage: 'ERROR' });
    expect(await collect(client().fetchJobLogs(job.id, { follow: true }))).toEqual(['only line']);
    expect((await client().inspectJob(job.id)).status.stage).toBe('ERROR');
  });
});

describe('waitForJob', () => {
  it('polls until a final stage', async () => {
    const job = await client().runJob({ image: 'ubuntu', command: [] });
    let polls = 0;
    const done = await client().waitForJob(job.id, {
      interval: 10,
      onPoll: () => {
        polls += 1;
        if (polls === 3) (server.jobs.get(job.id)?.status as { stage: string }).stage = 'COMPLETED';
      },
    });
    expect(done.status.stage).toBe('COMPLETED');
    expect(polls).toBe(4);
  });

  it('times out, and stops on abort', async () => {
    const job = await client().runJob({ image: 'ubuntu', command: [] });
    await expect(client().waitForJob(job.id, { interval: 10, timeout: 50 })).rejects.toMatchObject({ code: 'timeout' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(client().waitForJob(job.id, { interval: 10, signal: controller.signal })).rejects.toBeDefined();
  });
});

describe('scheduled jobs and hardware', () => {
  it('creates, lists, inspects, suspends, resumes, triggers and deletes', async () => {
    const c = client();
    const created = await c.createScheduledJob({ schedule: '0 9 * * 1', image: 'ubuntu', command: ['echo', 'hi'], suspend: true });
    expect(server.calls('POST', /^\/api\/scheduled-jobs\//)[0]?.body).toEqual({
      jobSpec: createJobSpec({ image: 'ubuntu', command: ['echo', 'hi'] }),
      schedule: '0 9 * * 1',
      suspend: true,
    });
    expect(created.schedule).toBe('0 9 * * 1');
    expect((await c.listScheduledJobs()).map((s) => s.id)).toEqual([created.id]);
    await c.resumeScheduledJob(created.id);
    expect((await c.inspectScheduledJob(created.id)).suspend).toBe(false);
    await c.suspendScheduledJob(`${server.user}/${created.id}`);
    expect((await c.inspectScheduledJob(created.id)).suspend).toBe(true);
    await c.triggerScheduledJob(created.id);
    expect((await c.inspectScheduledJob(created.id)).status.lastJob?.at).toBeInstanceOf(Date);
    expect(await c.listJobs()).toHaveLength(1);
    await c.deleteScheduledJob(created.id);
    await expect(c.inspectScheduledJob(created.id)).rejects.toThrow(`no scheduled job ${created.id} in namespace ${server.user}`);
  });

  it('creates a scheduled uv job', async () => {
    await client().createScheduledUvJob({ schedule: '@daily', script: 'https://e.com/s.py', dependencies: ['pandas'] });
    expect((server.calls('POST', /^\/api\/scheduled-jobs\//)[0]?.body as { jobSpec: { command: string[] } }).jobSpec.command).toEqual(['uv', 'run', '--with', 'pandas', 'https://e.com/s.py']);
  });

  it('runs a uv job on a remote script', async () => {
    const job = await client().runUvJob({ script: 'https://e.com/s.py', scriptArgs: ['--x'] });
    expect(job.command).toEqual(['uv', 'run', 'https://e.com/s.py', '--x']);
    expect(job.dockerImage).toBe('ghcr.io/astral-sh/uv:python3.12-bookworm');
  });

  it('lists the hardware, each entry validated', async () => {
    const hardware = await client().listHardware();
    expect(hardware.map((h) => h.name)).toEqual(['cpu-basic', 'a10g-small', 'h200']);
    server.inject({ method: 'GET', path: /^\/api\/jobs\/hardware$/, times: 1, jsonBody: [{ prettyName: 'nameless' }] });
    await expect(client().listHardware()).rejects.toMatchObject({ pointer: '/0/name' });
  });
});

describe('runUvJob on a local script', () => {
  it('uploads it to a private dataset (created when missing), then runs it from there with the token as a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-uv-'));
    const script = join(dir, 'train.py');
    writeFileSync(script, 'print("hello from a local script")\n');
    const job = await client().runUvJob({ script, scriptArgs: ['--name', "it's me"], dependencies: ['rich'] });
    const repo = server.repos.get(`${server.user}/hf-cli-jobs-uv-run-scripts`);
    expect(repo?.private).toBe(true);
    expect(repo?.files.get('train.py')).toBe('print("hello from a local script")\n');
    expect(repo?.files.get('README.md')).toContain('hf-cli-jobs-uv-script');
    const body = server.calls('POST', /^\/api\/jobs\/[^/]+$/)[0]?.body as { command: string[]; environment: Record<string, string>; secrets: Record<string, string> };
    expect(body.environment.UV_SCRIPT_URL).toMatch(new RegExp(`^${server.url}/datasets/${server.user}/hf-cli-jobs-uv-run-scripts/resolve/c0ffee\\d+/train\\.py$`));
    expect(body.secrets).toEqual({ UV_SCRIPT_HF_TOKEN: server.token });
    expect(body.command.slice(0, 2)).toEqual(['bash', '-c']);
    expect(body.command[2]).toMatch(/&& uv run --with rich \/tmp\/script\.py --name 'it'\\''s me'$/);
    expect(job.command).toEqual(body.command);
    // the uploaded file is at the URL the Job downloads, with the token it is given
    const response = await fetch(body.environment.UV_SCRIPT_URL as string, { headers: { authorization: `Bearer ${body.secrets.UV_SCRIPT_HF_TOKEN}` } });
    expect(await response.text()).toBe('print("hello from a local script")\n');
  });

  it('uses an existing repo given as a name; bad input fails before anything is uploaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-uv-'));
    const script = join(dir, 'job.py');
    writeFileSync(script, 'print(1)\n');
    await client().runUvJob({ script }, { repo: 'my-scripts' });
    expect(server.repos.has(`${server.user}/my-scripts`)).toBe(true);
    await expect(client().runUvJob({ script, timeout: 'soon' }, { repo: 'other' })).rejects.toMatchObject({ code: 'invalid_timeout' });
    expect(server.repos.has(`${server.user}/other`)).toBe(false);
  });
});

describe('fetchJobLogs on a quiet Job', () => {
  it('follow keeps waiting while the Job runs, even when the stream closes again and again without lines', async () => {
    const job = await client().runJob({ image: 'ubuntu', command: ['sleep', '60'] });
    server.logs.set(job.id, { lines: [] });
    const c = client({ maxRetries: 1, retryBaseDelay: 1 });
    const lines: string[] = [];
    const reading = (async () => {
      for await (const line of c.fetchJobLogs(job.id, { follow: true })) lines.push(line);
    })();
    // many more quiet reconnects than maxRetries, then the Job logs a line and ends
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.logs.set(job.id, { lines: ['finally'], endStage: 'COMPLETED' });
    await reading;
    expect(lines).toEqual(['finally']);
    expect(server.calls('GET', /\/logs$/).length).toBeGreaterThan(3);
  });
});
