// The baseline: the same schemas and AJV options, compiled when the process starts.
const start = performance.now();
const { readFileSync, readdirSync } = await import('node:fs');
const { AJV_OPTIONS, createAjv } = await import('../../../packages/core/scripts/ajv-options.mjs');
const dir = new URL('../../../schemas/', import.meta.url);
const schemas = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
// the same options, minus standalone code generation, which a run-time user would not ask for
const { code: _code, ...runtimeOptions } = AJV_OPTIONS;
const ajv = createAjv(schemas, runtimeOptions);
const validate = ajv.getSchema('https://hfjobs.dev/schemas/job-info.schema.json');
const ok = validate(JSON.parse(process.env.BENCH_RECORD));
const end = performance.now();
process.stdout.write(JSON.stringify({ ok, fromModule: end - start, fromProcess: end }));
