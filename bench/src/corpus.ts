// A realistic corpus with a fixed seed: the same records on every run and machine.
import { JOB_STAGES, HARDWARE_FLAVORS } from '@hfjobs/core';

/** mulberry32: a small, well-known seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Wire = Record<string, unknown>;

export interface Corpus {
  jobs: Wire[];
  scheduled: Wire[];
  /** how many records of each kind are invalid on purpose */
  invalidJobs: number;
  invalidScheduled: number;
}

export function makeCorpus(seed = 20261204, jobCount = 10_000, scheduledCount = 1_000): Corpus {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const date = () => new Date(Date.UTC(2025, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24), Math.floor(rnd() * 60), Math.floor(rnd() * 60), Math.floor(rnd() * 1000))).toISOString();
  const owner = () => ({ id: hex(24), name: pick(['lhoestq', 'julien-c', 'huggingface', 'my-org', 'alice']), type: pick(['user', 'org']) });
  const alias = (record: Wire, camel: string, snake: string, value: unknown) => {
    record[rnd() < 0.5 ? camel : snake] = value;
  };

  let invalidJobs = 0;
  const jobs: Wire[] = [];
  for (let i = 0; i < jobCount; i++) {
    const job: Wire = { id: hex(24) };
    alias(job, 'createdAt', 'created_at', date());
    if (rnd() < 0.7) alias(job, 'dockerImage', 'docker_image', pick(['python:3.12', 'ubuntu', 'ghcr.io/astral-sh/uv:python3.12-bookworm', 'pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime']));
    else alias(job, 'spaceId', 'space_id', `${pick(['alice', 'my-org'])}/${pick(['app', 'trainer', 'demo'])}`);
    job.command = pick([['python', '-c', 'print(1)'], ['bash', '-c', 'nvidia-smi && python train.py --epochs 3'], ['uv', 'run', 'script.py']]);
    job.arguments = [];
    job.environment = rnd() < 0.5 ? {} : { MODEL: 'gpt2', BATCH: String(Math.floor(rnd() * 64)) };
    job.secrets = rnd() < 0.5 ? ['HF_TOKEN'] : { HF_TOKEN: null };
    job.flavor = pick(HARDWARE_FLAVORS);
    job.status = { stage: pick(JOB_STAGES), message: rnd() < 0.8 ? null : 'Job failed with exit code: 1' };
    job.owner = owner();
    if (rnd() < 0.5) {
      Object.assign(job, { type: 'job', startedAt: date(), finishedAt: rnd() < 0.5 ? null : date(), arch: 'amd64', timeoutSeconds: 1800, attempts: 1, labels: {}, volumes: [] });
    }
    if (rnd() < 0.2) job.someFutureField = { nested: [1, 2, 3] };
    if (rnd() < 0.1) {
      invalidJobs += 1;
      const broken = Math.floor(rnd() * 3);
      if (broken === 0) delete (job.owner as Wire).name;
      else if (broken === 1) job.createdAt = 'yesterday';
      else (job.status as Wire).stage = 3;
    }
    jobs.push(job);
  }

  let invalidScheduled = 0;
  const scheduled: Wire[] = [];
  for (let i = 0; i < scheduledCount; i++) {
    const spec: Wire = { command: ['python', 'nightly.py'], arguments: [], environment: {}, flavor: pick(HARDWARE_FLAVORS), timeoutSeconds: 3600 };
    alias(spec, 'dockerImage', 'docker_image', 'python:3.12');
    const record: Wire = { id: hex(24), createdAt: date(), schedule: pick(['@hourly', '@daily', '0 9 * * 1', '*/15 * * * *']), suspend: rnd() < 0.2, concurrency: false, owner: owner() };
    alias(record, 'jobSpec', 'job_spec', spec);
    record.status = rnd() < 0.5 ? { lastJob: { id: hex(24), at: date() }, nextJobRunAt: date() } : { last_job: null, next_job_run_at: date() };
    if (rnd() < 0.1) {
      invalidScheduled += 1;
      delete record.owner;
    }
    scheduled.push(record);
  }
  return { jobs, scheduled, invalidJobs, invalidScheduled };
}
