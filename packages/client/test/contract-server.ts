/**
 * A stand-in for the Jobs API on 127.0.0.1 (a random port), for tests: the endpoints of
 * hf-jobs-api.md with realistic payloads, an authorization check, and faults to inject.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  at: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  /** how many matching requests it hits */
  times: number;
  status?: number;
  retryAfter?: string;
  /** wait this long before answering (to hit the client's timeout) */
  delayMs?: number;
  /** answer 200 with this raw text */
  rawBody?: string;
  /** answer with this JSON (e.g. a malformed record) */
  jsonBody?: unknown;
}

export interface JobLog {
  lines: string[];
  /** close the socket after this many lines, once (a stream that drops mid-way) */
  dropAfter?: number;
  /** the stage the Job reaches when its whole log has been streamed */
  endStage?: string;
  dropped?: boolean;
}

type Wire = Record<string, unknown>;

export class ContractServer {
  readonly token: string;
  readonly user: string;
  readonly requests: RecordedRequest[] = [];
  readonly jobs = new Map<string, Wire>();
  readonly scheduled = new Map<string, Wire>();
  readonly logs = new Map<string, JobLog>();
  /** dataset repos: name → (path → content), with their visibility */
  readonly repos = new Map<string, { private: boolean; files: Map<string, string>; commits: number }>();
  /** the log every new Job gets (a copy), for commands that start Jobs and follow them */
  defaultLog: JobLog | undefined;
  private faults: Fault[] = [];
  private server: Server | undefined;
  private counter = 0;
  url = '';

  constructor(options: { token?: string; user?: string } = {}) {
    this.token = options.token ?? 'hf_test';
    this.user = options.user ?? 'hf-tester';
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    this.url = `http://127.0.0.1:${address.port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The requests to a method and path pattern. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private nextId(): string {
    this.counter += 1;
    return `687fb701029421ae5549${String(this.counter).padStart(4, '0')}`;
  }

  /** A Job record as the service returns it, made from a create body. */
  addJob(namespace: string, request: object, stage = 'RUNNING'): Wire {
    const body = request as Wire;
    const id = this.nextId();
    const secrets = body.secrets && typeof body.secrets === 'object' ? Object.keys(body.secrets) : [];
    const job: Wire = {
      id,
      createdAt: new Date(Date.UTC(2025, 6, 22, 16, 6, 25, 79) + this.counter * 1000).toISOString(),
      ...(body.dockerImage ? { dockerImage: body.dockerImage } : { spaceId: body.spaceId }),
      command: body.command ?? [],
      arguments: body.arguments ?? [],
      environment: body.environment ?? {},
      secrets,
      flavor: body.flavor ?? 'cpu-basic',
      status: { stage, message: null },
      owner: { id: '5e9ecfc04957053f60648a3e', name: namespace, type: 'user' },
      type: 'job',
      arch: 'amd64',
      timeoutSeconds: body.timeoutSeconds ?? null,
      labels: {},
      startedAt: null,
    };
    this.jobs.set(id, job);
    if (this.defaultLog) this.logs.set(id, { ...this.defaultLog, lines: [...this.defaultLog.lines] });
    return job;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    this.requests.push({ method, path: url.pathname + url.search, authorization: req.headers.authorization, body, at: Date.now() });

    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times -= 1;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
        res.end(JSON.stringify({ error: `injected ${fault.status}` }));
        return;
      }
      if (fault.rawBody !== undefined) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(fault.rawBody);
        return;
      }
      if (fault.jsonBody !== undefined) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fault.jsonBody));
        return;
      }
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.json(res, 401, { error: 'Invalid credentials in Authorization header' });
      return;
    }
    this.route(method, url, body as Wire, res);
  }

  private json(res: ServerResponse, status: number, value: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  }

  /** The Hub endpoints @huggingface/hub uses to upload a file to a dataset. */
  private routeRepos(method: string, parts: string[], body: unknown, res: ServerResponse): boolean {
    if (parts[0] === 'datasets' && parts[3] === 'resolve') {
      const file = this.repos.get(`${parts[1]}/${parts[2]}`)?.files.get(parts.slice(5).join('/'));
      if (file === undefined) this.json(res, 404, { error: 'Entry not found' });
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(file);
      return true;
    }
    if (parts[0] !== 'api') return false;
    if (parts[1] === 'repos' && parts[2] === 'create' && method === 'POST') {
      const { name, organization, visibility, type } = body as Wire;
      if (type !== 'dataset') return (this.json(res, 400, { error: 'only datasets here' }), true);
      this.repos.set(`${String(organization)}/${String(name)}`, { private: visibility === 'private', files: new Map(), commits: 0 });
      this.json(res, 200, { url: `${this.url}/datasets/${String(organization)}/${String(name)}` });
      return true;
    }
    if (parts[1] !== 'datasets' || parts.length < 4) return false;
    const name = `${parts[2]}/${parts[3]}`;
    const repo = this.repos.get(name);
    if (parts.length === 4 && method === 'GET') {
      if (repo) this.json(res, 200, { id: name, private: repo.private });
      else this.json(res, 404, { error: 'Repository not found' });
      return true;
    }
    if (!repo) return (this.json(res, 404, { error: 'Repository not found' }), true);
    if (parts[4] === 'preupload' && method === 'POST') {
      this.json(res, 200, { files: ((body as Wire).files as Wire[]).map((f) => ({ path: f.path, uploadMode: 'regular', shouldIgnore: false })) });
      return true;
    }
    if (parts[4] === 'commit' && method === 'POST') {
      for (const line of String(body).split('\n')) {
        const op = JSON.parse(line) as { key: string; value: { path?: string; content?: string; encoding?: string } };
        if (op.key === 'file' && op.value.path) repo.files.set(op.value.path, Buffer.from(op.value.content ?? '', op.value.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
      }
      repo.commits += 1;
      const oid = `c0ffee${String(repo.commits).padStart(34, '0')}`;
      this.json(res, 200, { commitOid: oid, commitUrl: `${this.url}/datasets/${name}/commit/${oid}` });
      return true;
    }
    return false;
  }

  private route(method: string, url: URL, body: Wire, res: ServerResponse): void {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (this.routeRepos(method, parts, body, res)) return;
    const [api, kind, ns, id, action] = parts;
    if (api !== 'api') return this.json(res, 404, { error: 'Not Found' });
    if (kind === 'whoami-v2' && method === 'GET') return this.json(res, 200, { type: 'user', id: '5e9ecfc04957053f60648a3e', name: this.user, fullname: 'HF Tester' });
    if (kind === 'jobs' && ns === 'hardware' && method === 'GET') return this.json(res, 200, HARDWARE);
    if (kind === 'jobs' && ns) {
      if (!id && method === 'POST') return this.json(res, 200, this.addJob(ns, body));
      if (!id && method === 'GET') return this.json(res, 200, [...this.jobs.values()].filter((j) => (j.owner as Wire).name === ns));
      const job = id ? this.jobs.get(id) : undefined;
      if (!job || (job.owner as Wire).name !== ns) return this.json(res, 404, { error: 'Job not found' });
      if (!action && method === 'GET') return this.json(res, 200, job);
      if (action === 'cancel' && method === 'POST') {
        (job.status as Wire).stage = 'CANCELED';
        res.writeHead(200).end();
        return;
      }
      if (action === 'logs' && method === 'GET') return this.streamLogs(job, res);
    }
    if (kind === 'scheduled-jobs' && ns) {
      if (!id && method === 'POST') {
        const sid = this.nextId();
        const spec = { ...(body.jobSpec as Wire), secrets: Object.keys(((body.jobSpec as Wire).secrets as Wire) ?? {}) };
        const record: Wire = {
          id: sid,
          createdAt: '2025-08-20T14:35:00.000Z',
          jobSpec: spec,
          schedule: body.schedule,
          suspend: body.suspend ?? false,
          concurrency: body.concurrency ?? false,
          status: { lastJob: null, nextJobRunAt: '2025-08-20T15:35:00.000Z' },
          owner: { id: '5e9ecfc04957053f60648a3e', name: ns, type: 'user' },
        };
        this.scheduled.set(sid, record);
        return this.json(res, 200, record);
      }
      if (!id && method === 'GET') return this.json(res, 200, [...this.scheduled.values()].filter((s) => (s.owner as Wire).name === ns));
      const record = id ? this.scheduled.get(id) : undefined;
      if (!record) return this.json(res, 404, { error: 'Scheduled job not found' });
      if (!action && method === 'GET') return this.json(res, 200, record);
      if (!action && method === 'DELETE') {
        this.scheduled.delete(id as string);
        res.writeHead(200).end();
        return;
      }
      if ((action === 'suspend' || action === 'resume') && method === 'POST') {
        record.suspend = action === 'suspend';
        res.writeHead(200).end();
        return;
      }
      if (action === 'run' && method === 'POST') {
        const job = this.addJob(ns, record.jobSpec as Wire);
        record.status = { lastJob: { id: job.id, at: job.createdAt }, nextJobRunAt: '2025-08-20T16:35:00.000Z' };
        res.writeHead(200).end();
        return;
      }
    }
    this.json(res, 404, { error: 'Not Found' });
  }

  private streamLogs(job: Wire, res: ServerResponse): void {
    const log = this.logs.get(job.id as string) ?? { lines: [] };
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const event = (data: string, i: number) => `data: ${JSON.stringify({ data, timestamp: new Date(Date.UTC(2025, 6, 22, 16, 7, 0, 0) + i * 1000).toISOString() })}\n\n`;
    res.write(': keep-alive\n\n');
    res.write(event('===== Job started at 2025-07-22 16:06:30 =====', 0));
    const drop = log.dropAfter !== undefined && !log.dropped;
    const count = drop ? Math.min(log.dropAfter as number, log.lines.length) : log.lines.length;
    log.lines.slice(0, count).forEach((line, i) => {
      res.write(event(line, i + 1));
      if (i % 2 === 1) res.write(': keep-alive\n\n');
    });
    if (drop) {
      log.dropped = true;
      // break the connection once what was written has left, as a dropped stream does
      setTimeout(() => res.socket?.destroy(), 30);
      return;
    }
    if (log.endStage) (job.status as Wire).stage = log.endStage;
    res.end();
  }
}

const HARDWARE = [
  { name: 'cpu-basic', prettyName: 'CPU basic', cpu: '2 vCPU', ram: '16 GB', accelerator: null, unitCostMicroUSD: 0, unitCostUSD: 0, unitLabel: 'hour' },
  { name: 'a10g-small', prettyName: 'Nvidia A10G - small', cpu: '4 vCPU', ram: '15 GB', accelerator: { type: 'gpu', model: 'A10G', quantity: '1', vram: '24 GB', manufacturer: 'Nvidia' }, unitCostMicroUSD: 1000000, unitCostUSD: 1, unitLabel: 'hour' },
  { name: 'h200', prettyName: 'Nvidia H200', cpu: '23 vCPU', ram: '256 GB', accelerator: { type: 'gpu', model: 'H200', quantity: '1', vram: '141 GB', manufacturer: 'Nvidia' }, unitCostMicroUSD: 5000000, unitCostUSD: 5, unitLabel: 'hour' },
];
