import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobSpec, createScheduledJobSpec } from '@hfjobs/spec-builder';
import { ContractServer } from '../../../packages/client/test/contract-server.js';
import { runCliAsync, type RunOptions } from './run-cli.js';

let server: ContractServer;
let env: Record<string, string>;

beforeEach(async () => {
  server = new ContractServer();
  await server.start();
  // HF_HOME points at an empty folder: no token file of the machine is read
  env = { HF_ENDPOINT: server.url, HF_TOKEN: server.token, HF_HOME: mkdtempSync(join(tmpdir(), 'hfjobs-home-')), HFJOBS_RETRY_BASE_DELAY: '5', NO_COLOR: '1' };
});

afterEach(async () => {
  await server.stop();
});

const hfjobs = (args: string[], options: RunOptions & { interruptAfter?: string } = {}) => runCliAsync(args, { ...options, env: { ...env, ...options.env } });
const jobsPosted = () => server.calls('POST', /^\/api\/jobs\/[^/]+$/);

async function startedJob(stage = 'RUNNING'): Promise<string> {
  const job = server.addJob(server.user, createJobSpec({ image: 'python:3.12', command: ['python', 'train.py'] }), stage);
  return job.id as string;
}

describe('hfjobs run', () => {
  it('--detach sends exactly one POST /api/jobs/{whoami name} with the createJobSpec body and the token, and prints the id and URL', async () => {
    const r = await hfjobs(['run', '--detach', 'ubuntu', 'echo', 'hello']);
    expect(r.code).toBe(0);
    expect(jobsPosted()).toHaveLength(1);
    expect(jobsPosted()[0]).toMatchObject({ path: `/api/jobs/${server.user}`, authorization: 'Bearer hf_test', body: createJobSpec({ image: 'ubuntu', command: ['echo', 'hello'] }) });
    const id = [...server.jobs.keys()][0];
    expect(r.stdout).toBe(`Job started with ID: ${id}\nView at: ${server.url}/jobs/${server.user}/${id}\n`);
  });

  it('follows the logs until the Job ends: exit 0 when COMPLETED', async () => {
    server.defaultLog = { lines: ['Downloading model', 'step 1/2', 'step 2/2', 'done'], dropAfter: 2, endStage: 'COMPLETED' };
    const r = await hfjobs(['run', '-e', 'A=1', '-s', 'API_KEY=sk-live-SECRET-VALUE', '--timeout', '1.5h', 'python:3.12', '--', 'python', 'train.py']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(2)).toEqual(['Downloading model', 'step 1/2', 'step 2/2', 'done', '']);
    expect(jobsPosted()[0]?.body).toMatchObject({ environment: { A: '1' }, secrets: { API_KEY: 'sk-live-SECRET-VALUE' }, timeoutSeconds: 5400 });
  });

  it('exit 1 with the stage and message when the Job fails', async () => {
    server.defaultLog = { lines: ['Traceback (most recent call last):'], endStage: 'ERROR' };
    const r = await hfjobs(['run', 'ubuntu', 'false']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hfjobs: job hf-tester\/\w+ ended ERROR\n$/);
  });

  it('Ctrl-C stops following (exit 130) without cancelling, and says how to cancel', async () => {
    server.defaultLog = { lines: ['working'] };
    const r = await hfjobs(['run', 'ubuntu', 'sleep', 'infinity'], { interruptAfter: 'working' });
    expect(r.code).toBe(130);
    const id = [...server.jobs.keys()][0];
    expect(r.stderr).toContain(`the job is still running. Cancel it with: hfjobs cancel ${server.user}/${id}`);
    expect(server.calls('POST', /cancel$/)).toHaveLength(0);
  });

  it('warns about an unknown flavor and still sends it', async () => {
    const r = await hfjobs(['run', '-d', '--flavor', 'b300x16', 'ubuntu', 'ls']);
    expect(r.stderr).toContain('hfjobs: warning: unknown flavor "b300x16"');
    expect(jobsPosted()[0]?.body).toMatchObject({ flavor: 'b300x16' });
  });

  it('a bad token is one clear line, exit 1, and the token is never printed', async () => {
    const r = await hfjobs(['run', '-d', 'ubuntu', 'ls'], { env: { HF_TOKEN: 'hf_ThisMustNeverBePrinted' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hfjobs: GET http:\/\/127\.0\.0\.1:\d+\/api\/whoami-v2: not authenticated \(HTTP 401\): Invalid credentials in Authorization header; set HF_TOKEN or pass --token/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('follows the logs in the namespace given with --namespace (the Python CLI asks whoami instead)', async () => {
    server.defaultLog = { lines: ['hello from my-org'], endStage: 'COMPLETED' };
    const r = await hfjobs(['run', '--namespace', 'my-org', 'ubuntu', 'echo', 'hi']);
    expect(r.code).toBe(0);
    // every log request (the last one reads what came after the end) is in my-org
    const namespaces = server.calls('GET', /\/logs$/).map((c) => c.path.split('/')[3]);
    expect(namespaces.length).toBeGreaterThan(0);
    expect(new Set(namespaces)).toEqual(new Set(['my-org']));
    expect(server.calls('GET', /whoami/)).toHaveLength(0);
  });

  it('--namespace and --token and --endpoint are honoured (no whoami)', async () => {
    const r = await hfjobs(['run', '-d', '--namespace', 'my-org', '--token', 'hf_test', '--endpoint', server.url, 'ubuntu', 'ls'], { env: { HF_TOKEN: '', HF_ENDPOINT: 'http://127.0.0.1:9' } });
    expect(r.code).toBe(0);
    expect(jobsPosted()[0]?.path).toBe('/api/jobs/my-org');
    expect(server.calls('GET', /whoami/)).toHaveLength(0);
  });
});

describe('hfjobs ps', () => {
  beforeEach(() => {
    server.addJob(server.user, createJobSpec({ image: 'python:3.12', command: ['python', 'train.py'] }));
    server.addJob(server.user, createJobSpec({ image: 'hf.co/spaces/me/app', command: ['python', 'app.py'] }));
    server.addJob(server.user, createJobSpec({ image: 'ubuntu', command: ['echo', 'done'] }), 'COMPLETED');
  });

  it('a table of running Jobs that works in a pipe; a Space job shows its Space', async () => {
    const r = await hfjobs(['ps']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^JOB ID +IMAGE\/SPACE +COMMAND +CREATED +STATUS$/);
    expect(lines[1]).toMatch(/^-+ -+ -+ -+ -+$/);
    expect(lines).toHaveLength(4);
    expect(r.stdout).toContain('hf.co/spaces/me/app');
    expect(r.stdout).toMatch(/python train\.py +2025-07-22 16:06:\d\d RUNNING/);
    expect(r.stdout).not.toContain('COMPLETED');
  });

  it('-a shows all; -q ids only; --json the records; --format a template', async () => {
    expect((await hfjobs(['ps', '-a'])).stdout).toContain('COMPLETED');
    expect((await hfjobs(['ps', '-a', '-q'])).stdout.trim().split('\n')).toEqual([...server.jobs.keys()]);
    const json = JSON.parse((await hfjobs(['ps', '--json'])).stdout);
    expect(json).toHaveLength(2);
    expect(json[0].createdAt).toMatch(/^2025-07-22T16:06:\d\d\.079Z$/);
    expect((await hfjobs(['ps', '-a', '--format', '{{.id}} {{.status}}'])).stdout.trim().split('\n').map((l) => l.split(' ')[1])).toEqual(['running', 'running', 'completed']);
  });

  it('filters: substring, glob, status; an unknown key hides all; a filter without = is a warning', async () => {
    expect((await hfjobs(['ps', '-a', '-q', '-f', 'image=PYTHON'])).stdout.trim().split('\n')).toHaveLength(1);
    expect((await hfjobs(['ps', '-a', '-q', '-f', 'command=*app.py'])).stdout.trim().split('\n')).toHaveLength(1);
    expect((await hfjobs(['ps', '-a', '-q', '-f', 'command=*app'])).stdout.trim()).toBe('');
    expect((await hfjobs(['ps', '-a', '-q', '-f', 'status=completed'])).stdout.trim().split('\n')).toHaveLength(1);
    expect((await hfjobs(['ps', '-f', 'flavor=cpu'])).stdout).toBe('No jobs found matching filters: flavor=cpu\n');
    const warned = await hfjobs(['ps', '-q', '-f', 'oops']);
    expect(warned.stderr).toBe('hfjobs: warning: ignoring filter "oops": expected key=value\n');
    expect(warned.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('hfjobs inspect, logs, cancel, wait', () => {
  it('inspect prints JSON with ISO datetimes; namespace/id works; -q prints ids', async () => {
    const id = await startedJob();
    const r = await hfjobs(['inspect', `${server.user}/${id}`]);
    const [job] = JSON.parse(r.stdout);
    expect(job).toMatchObject({ id, url: `${server.url}/jobs/${server.user}/${id}`, status: { stage: 'RUNNING', message: null } });
    expect(job.createdAt).toMatch(/Z$/);
    expect((await hfjobs(['inspect', '-q', id])).stdout).toBe(`${id}\n`);
  });

  it('inspect of a job that does not exist: exit 1, one line naming job and namespace', async () => {
    const r = await hfjobs(['inspect', 'someone/nope']);
    expect(r).toMatchObject({ code: 1, stderr: 'hfjobs: no job nope in namespace someone (HTTP 404)\n' });
  });

  it('logs prints what is there and exits; --tail is passed; -f follows until the end', async () => {
    const id = await startedJob();
    server.logs.set(id, { lines: ['a', 'b', 'c'] });
    expect(await hfjobs(['logs', id])).toMatchObject({ code: 0, stdout: 'a\nb\nc\n' });
    await hfjobs(['logs', '--tail', '2', id]);
    expect(server.calls('GET', /\/logs/).at(-1)?.path).toBe(`/api/jobs/${server.user}/${id}/logs?tail=2`);
    server.logs.set(id, { lines: ['x', 'y', 'z'], dropAfter: 1, endStage: 'COMPLETED' });
    expect(await hfjobs(['logs', '-f', id])).toMatchObject({ code: 0, stdout: 'x\ny\nz\n' });
    expect(await hfjobs(['logs', '--tail', 'many', id])).toMatchObject({ code: 2, stderr: 'hfjobs: --tail takes a positive whole number, got "many"\n' });
  });

  it('cancel cancels; wait exits 0 on COMPLETED and 1 otherwise', async () => {
    const id = await startedJob();
    expect(await hfjobs(['cancel', id])).toMatchObject({ code: 0, stdout: '' });
    expect(server.jobs.get(id)?.status).toMatchObject({ stage: 'CANCELED' });
    expect(await hfjobs(['wait', id])).toMatchObject({ code: 1, stdout: `${server.user}/${id} CANCELED\n` });
    const done = await startedJob('COMPLETED');
    expect(await hfjobs(['wait', `${server.user}/${done}`])).toMatchObject({ code: 0, stdout: `${server.user}/${done} COMPLETED\n` });
    const running = await startedJob();
    const waited = await hfjobs(['wait', '--interval', '1', '--timeout', '1s', running]);
    expect(waited.code).toBe(1);
    expect(waited.stderr).toMatch(/is still RUNNING after 1 s/);
  });

  it('a service that keeps failing: bounded retries, then exit 1 with one line', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/hf-tester$/, times: 100, status: 503 });
    const r = await hfjobs(['ps'], { env: { HFJOBS_MAX_RETRIES: '2' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hfjobs: GET .*\/api\/jobs\/hf-tester: the service failed \(HTTP 503\) after 3 attempts: injected 503\n$/);
    expect(server.calls('GET', /^\/api\/jobs\/hf-tester$/)).toHaveLength(3);
  });

  it('a malformed answer: exit 1, naming the URL and the JSON pointer', async () => {
    server.inject({ method: 'GET', path: /^\/api\/jobs\/hf-tester$/, times: 1, jsonBody: [{ id: 'x', status: {}, owner: { id: '1', name: 'me', type: 'user' } }] });
    const r = await hfjobs(['ps']);
    expect(r).toMatchObject({ code: 1, stderr: `hfjobs: invalid job-info from ${server.url}/api/jobs/hf-tester: /0/status/stage is required\n` });
  });
});

describe('hfjobs uv run, hardware', () => {
  it('uv run --detach echo hello sends the uv command on the uv image', async () => {
    const r = await hfjobs(['uv', 'run', '--detach', '--with', 'rich', 'echo', 'hello']);
    expect(r.code).toBe(0);
    expect(jobsPosted()[0]?.body).toMatchObject({ command: ['uv', 'run', '--with', 'rich', 'echo', 'hello'], dockerImage: 'ghcr.io/astral-sh/uv:python3.12-bookworm' });
  });

  it('hardware lists the catalogue', async () => {
    const r = await hfjobs(['hardware']);
    expect(r.stdout).toMatch(/^NAME +PRETTY NAME +CPU +RAM +ACCELERATOR +COST$/m);
    expect(r.stdout).toMatch(/a10g-small +Nvidia A10G - small +4 vCPU +15 GB +1× Nvidia A10G \(24 GB\) +\$1\.00\/hour/);
    expect(JSON.parse((await hfjobs(['hardware', '--json'])).stdout)).toHaveLength(3);
  });
});

describe('hfjobs scheduled', () => {
  it('run sends {jobSpec, schedule} (no suspend/concurrency unless given) and prints the id', async () => {
    const r = await hfjobs(['scheduled', 'run', '@hourly', 'ubuntu', 'echo', 'hello']);
    expect(r.code).toBe(0);
    const post = server.calls('POST', /^\/api\/scheduled-jobs\//)[0];
    expect(post?.body).toEqual(createScheduledJobSpec({ schedule: '@hourly', image: 'ubuntu', command: ['echo', 'hello'] }));
    expect(r.stdout).toBe(`Scheduled Job created with ID: ${[...server.scheduled.keys()][0]}\n`);
    const flagged = await hfjobs(['scheduled', 'run', '--suspend', '--concurrency', '0 9 * * 1', 'ubuntu', 'ls']);
    expect(flagged.code).toBe(0);
    expect(server.calls('POST', /^\/api\/scheduled-jobs\//)[1]?.body).toMatchObject({ suspend: true, concurrency: true });
  });

  it('a bad schedule is refused before any request (exit 2)', async () => {
    const r = await hfjobs(['scheduled', 'run', '0 25 * * *', 'ubuntu', 'ls']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the hour field "25" is not valid (0-23)');
    expect(server.calls('POST', /scheduled-jobs/)).toHaveLength(0);
  });

  it('ps, inspect, suspend, resume, trigger, delete and uv run', async () => {
    await hfjobs(['scheduled', 'run', '@daily', 'ubuntu', 'ls']);
    const id = [...server.scheduled.keys()][0] as string;
    const table = await hfjobs(['scheduled', 'ps']);
    expect(table.stdout).toMatch(/^ID +SCHEDULE +IMAGE\/SPACE +COMMAND +LAST RUN +NEXT RUN +SUSPEND$/m);
    expect(table.stdout).toMatch(/@daily +ubuntu +ls +N\/A +2025-08-20 15:35:00 False/);
    expect(await hfjobs(['scheduled', 'suspend', id])).toMatchObject({ code: 0, stdout: '' });
    expect((await hfjobs(['scheduled', 'ps'])).stdout).toBe('No scheduled jobs found\n');
    expect((await hfjobs(['scheduled', 'ps', '-a', '-q', '-f', 'suspend=true'])).stdout).toBe(`${id}\n`);
    await hfjobs(['scheduled', 'resume', `${server.user}/${id}`]);
    await hfjobs(['scheduled', 'trigger', id]);
    const [inspected] = JSON.parse((await hfjobs(['scheduled', 'inspect', id])).stdout);
    expect(inspected).toMatchObject({ id, suspend: false, schedule: '@daily' });
    expect(inspected.status.lastJob.at).toMatch(/Z$/);
    await hfjobs(['scheduled', 'delete', id]);
    expect(server.scheduled.size).toBe(0);
    const uv = await hfjobs(['scheduled', 'uv', 'run', '@weekly', 'https://e.com/report.py', '--week', '1']);
    expect(uv.code).toBe(0);
    expect((server.calls('POST', /^\/api\/scheduled-jobs\//).at(-1)?.body as { jobSpec: { command: string[] } }).jobSpec.command).toEqual(['uv', 'run', 'https://e.com/report.py', '--week', '1']);
  });
});

describe('hfjobs uv run on a local script', () => {
  it('uploads it, then starts the Job that downloads it; the token never shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-uv-'));
    const script = join(dir, 'report.py');
    writeFileSync(script, 'print("report")\n');
    const r = await hfjobs(['uv', 'run', '--detach', '--repo', 'scripts', script, '--week', '1']);
    expect(r.code).toBe(0);
    expect(server.repos.get(`${server.user}/scripts`)?.files.get('report.py')).toBe('print("report")\n');
    const body = jobsPosted()[0]?.body as { command: string[]; environment: Record<string, string>; secrets: Record<string, string> };
    expect(body.environment.UV_SCRIPT_URL).toContain(`/datasets/${server.user}/scripts/resolve/`);
    expect(body.secrets.UV_SCRIPT_HF_TOKEN).toBe(server.token);
    expect(body.command[2]).toMatch(/uv run \/tmp\/script\.py --week 1$/);
  });
});
