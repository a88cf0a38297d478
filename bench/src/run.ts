/**
 * `pnpm bench`: every figure is a ratio against a baseline measured in the same run (these
 * machines are noisy), the median of several rounds. Writes bench/results.json and
 * bench/results.md, and puts the table into the README between its bench markers.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { transformSync } from 'esbuild';
import { SCHEMAS, parseJobInfo, validateJobInfo } from '@hfjobs/core';
import { createJobSpec } from '@hfjobs/spec-builder';
import { AJV_OPTIONS, createAjv } from '../../packages/core/scripts/ajv-options.mjs';
import { makeCorpus } from './corpus.js';
import { zodJobInfo } from './zod-job-info.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'apps/cli/dist/hfjobs.mjs');
const ROUNDS = 7;

interface Row {
  id: number;
  measure: string;
  ours: string;
  baseline: string;
  ratio: number | null;
  ratioText: string;
  target: string;
  met: boolean | null;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const opsText = (n: number): string => `${fmt(n / 1000, 0)}k ops/s`;
const log = (line: string) => process.stderr.write(`${line}\n`);

const corpus = makeCorpus();
const validRecords = corpus.jobs.filter((job) => validateJobInfo(job).ok);
log(`corpus: ${corpus.jobs.length} JobInfo (${corpus.invalidJobs} invalid on purpose), ${corpus.scheduled.length} ScheduledJobInfo (${corpus.invalidScheduled} invalid)`);

/**
 * Runs the tasks in tinybench rounds, ROUNDS times, in reverse order every other round (so that
 * no task always runs first or last). Returns each task's ops/s per round.
 */
async function throughputRounds(tasks: Record<string, () => void>, time = 400): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time, warmupTime: 100 });
    const entries = Object.entries(tasks);
    for (const [name, fn] of round % 2 ? entries.reverse() : entries) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result as { throughput?: { mean: number } } | undefined;
      samples[task.name]?.push(result?.throughput?.mean ?? 0);
    }
  }
  return samples;
}

/** The median ops/s of each task over the rounds. */
async function throughput(tasks: Record<string, () => void>, time = 400): Promise<Record<string, number>> {
  const samples = await throughputRounds(tasks, time);
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/** The median over rounds of a / b, each round's a and b measured side by side. */
function medianRatio(a: number[] = [], b: number[] = []): number {
  return median(a.map((value, i) => value / (b[i] ?? Number.NaN)));
}

/** Spawns each command `runs` times, interleaved; the median wall time of each, in ms. */
function wallTimes(commands: Record<string, { args: string[]; env?: Record<string, string> }>, runs: number): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, { args, env }] of Object.entries(commands)) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr.toString()}`);
      times[name]?.push(elapsed);
    }
  }
  return times;
}

const rows: Row[] = [];
function row(id: number, measure: string, ours: string, baseline: string, ratio: number | null, ratioText: string, target: string, met: boolean | null): void {
  rows.push({ id, measure, ours, baseline, ratio, ratioText, target, met });
  log(`#${id} ${measure}: ${ours} vs ${baseline} → ${ratioText} (target ${target}${met === null ? '' : met ? ', met' : ', MISSED'})`);
}

// 1. start-up to the first result, fresh processes
{
  const record = JSON.stringify(corpus.jobs[0]);
  const startup = (script: string) => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL(`./startup/${script}`, import.meta.url))], { env: { ...process.env, BENCH_RECORD: record }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ok: boolean; fromModule: number; fromProcess: number };
  };
  const ours: { fromModule: number; fromProcess: number }[] = [];
  const base: { fromModule: number; fromProcess: number }[] = [];
  for (let i = 0; i < 20; i++) {
    ours.push(startup('ours.mjs'));
    base.push(startup('runtime-ajv.mjs'));
  }
  const oursModule = median(ours.map((s) => s.fromModule));
  const baseModule = median(base.map((s) => s.fromModule));
  const oursProcess = median(ours.map((s) => s.fromProcess));
  const baseProcess = median(base.map((s) => s.fromProcess));
  const ratio = baseModule / oursModule;
  row(1, 'start-up to the first validateJobInfo result (fresh node, median of 20; from the first line of user code)', `${fmt(oursModule, 2)} ms`, `${fmt(baseModule, 2)} ms (new Ajv + addFormat + compile)`, ratio, `${fmt(ratio)}× faster`, '≥ 20× faster', ratio >= 20);
  const processRatio = baseProcess / oursProcess;
  row(1.1, 'the same, counted from process start (Node bootstrap included, the same for both)', `${fmt(oursProcess, 1)} ms`, `${fmt(baseProcess, 1)} ms`, processRatio, `${fmt(processRatio)}× faster`, 'report', null);
}

// 2, 3. steady-state validation on the corpus
{
  const { code: _code, ...runtimeOptions } = AJV_OPTIONS;
  const ajv = createAjv(Object.values(SCHEMAS) as object[], runtimeOptions);
  const runtimeValidate = ajv.getSchema('https://hfjobs.dev/schemas/job-info.schema.json');
  if (!runtimeValidate) throw new Error('job-info schema missing');
  // every validator must agree on the corpus before its speed means anything
  const disagreements = corpus.jobs.filter((job) => validateJobInfo(job).ok !== runtimeValidate(job) || validateJobInfo(job).ok !== zodJobInfo.safeParse(job).success);
  if (disagreements.length > 0) throw new Error(`validators disagree on ${disagreements.length} records`);
  let i = 0;
  const next = () => corpus.jobs[i++ % corpus.jobs.length];
  const rounds = await throughputRounds({
    ours: () => void validateJobInfo(next()),
    runtime: () => void runtimeValidate(next()),
    zod: () => void zodJobInfo.safeParse(next()),
  });
  const ops = Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, median(values)]));
  const vsAjv = medianRatio(rounds.ours, rounds.runtime);
  row(2, 'validateJobInfo on the corpus (10% invalid)', opsText(ops.ours ?? 0), `${opsText(ops.runtime ?? 0)} (AJV compiled at run time)`, vsAjv, `${fmt(vsAjv, 2)}×`, '≥ 0.95×', vsAjv >= 0.95);
  const vsZod = medianRatio(rounds.ours, rounds.zod);
  row(3, 'validateJobInfo on the corpus', opsText(ops.ours ?? 0), `${opsText(ops.zod ?? 0)} (zod 4 safeParse)`, vsZod, `${fmt(vsZod, 2)}× zod`, '≥ 3× zod', vsZod >= 3);
}

// 4, 5. parsing and building
{
  const texts = validRecords.map((job) => JSON.stringify(job));
  let i = 0;
  let j = 0;
  let k = 0;
  const ops = await throughput({
    parse: () => void parseJobInfo(validRecords[i++ % validRecords.length]),
    json: () => void JSON.parse(texts[j++ % texts.length] as string),
  });
  const cost = (ops.json ?? 0) / (ops.parse ?? 1);
  row(4, 'parseJobInfo on the valid records (aliases, datetimes, url)', opsText(ops.parse ?? 0), `${opsText(ops.json ?? 0)} (JSON.parse of the same records)`, cost, `${fmt(cost, 2)}× the cost of JSON.parse`, '≤ 4× the cost', cost <= 4);
  const inputs = [
    { image: 'ubuntu', command: ['echo', 'hello'] },
    { image: 'hf.co/spaces/user/app', command: ['python', '-c', 'print(1)'], env: { A: '1' }, secrets: { HF_TOKEN: 'hf_x' }, timeout: '1.5h' },
    { image: 'python:3.12', command: ['python', 'train.py'], flavor: 'a10g-small', timeout: 3600 },
  ];
  const spec = await throughput({ spec: () => void createJobSpec(inputs[k++ % inputs.length] as (typeof inputs)[number]) });
  row(5, 'createJobSpec (three typical inputs, validated)', opsText(spec.spec ?? 0), '—', null, '—', 'report', null);
}

// 6, 7. CLI wall time
{
  const dir = mkdtempSync(join(tmpdir(), 'hfjobs-bench-'));
  const file = join(dir, 'job.json');
  writeFileSync(file, JSON.stringify(validRecords[0]));
  const times = wallTimes(
    {
      node: { args: ['-e', '0'] },
      spec: { args: ['--', CLI, 'spec', 'ubuntu', 'echo', 'hi'] },
      validate: { args: ['--', CLI, 'validate', 'job-info', file] },
    },
    30,
  );
  const node = median(times.node ?? []);
  const spec = median(times.spec ?? []);
  const validate = median(times.validate ?? []);
  row(6, '`hfjobs spec ubuntu echo hi` wall time (median of 30)', `${fmt(spec)} ms`, `${fmt(node)} ms (node -e 0)`, spec / node, `${fmt(spec / node, 2)}×`, '≤ 1.3×', spec / node <= 1.3);
  row(7, '`hfjobs validate job-info FILE` wall time (median of 30)', `${fmt(validate)} ms`, `${fmt(node)} ms (node -e 0)`, validate / node, `${fmt(validate / node, 2)}×`, '≤ 1.4×', validate / node <= 1.4);
}

// 8. shipped size
{
  const sizes = [
    ['@hfjobs/core', 'packages/core/dist'],
    ['@hfjobs/spec-builder', 'packages/spec-builder/dist'],
    ['hfjobs (CLI, everything bundled)', 'apps/cli/dist'],
  ] as const;
  // every shipped .js file, each minified and gzipped on its own (as a CDN serves them), summed
  const measured = sizes.map(([name, dir]) => {
    const files = readdirSync(join(ROOT, dir)).filter((f) => /\.m?js$/.test(f));
    const gzip = files.reduce((sum, f) => {
      const minified = transformSync(readFileSync(join(ROOT, dir, f), 'utf8'), { minify: true, format: 'esm', loader: 'js' }).code;
      return sum + gzipSync(minified, { level: 9 }).length;
    }, 0);
    return { name, gzip };
  });
  const core = measured[0] as (typeof measured)[number];
  row(8, "core's shipped JS, minified + gzip", `${fmt(core.gzip / 1024)} KB`, '—', null, measured.map((m) => `${m.name}: ${fmt(m.gzip / 1024)} KB`).join('; '), '≤ 25 KB', core.gzip / 1024 <= 25);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
};
const date = new Date().toISOString();
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date, machine, rounds: ROUNDS, rows }, null, 2)}\n`);

const table = [
  `Measured ${date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (\`pnpm bench\`; each ratio against a baseline in the same run, median of ${ROUNDS} rounds or of the runs named).`,
  '',
  '| # | measure | ours | baseline | ratio | target | met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.id} | ${r.measure} | ${r.ours} | ${r.baseline} | ${r.ratioText} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`),
].join('\n');
writeFileSync(join(ROOT, 'bench/results.md'), `${table}\n`);
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
if (marked !== readme) writeFileSync(readmePath, marked);
process.stdout.write(`${table}\n`);
