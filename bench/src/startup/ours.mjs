// A fresh process: from the first line of user code to the first validateJobInfo result, with
// the precompiled validators of @hfjobs/core.
const start = performance.now();
const { validateJobInfo } = await import('@hfjobs/core');
const result = validateJobInfo(JSON.parse(process.env.BENCH_RECORD));
const end = performance.now();
process.stdout.write(JSON.stringify({ ok: result.ok, fromModule: end - start, fromProcess: end }));
