import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv';
import { SCHEMA_NAMES } from '../src/index.js';

const dir = new URL('../../../schemas/conformance/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('conformance vector files', () => {
  // strictRequired cannot see that oneOf's required keys are the properties declared beside it
  const ajv = new AjvModule.default({ allErrors: true, strict: true, strictRequired: false });
  const validateFile = ajv.compile(read('vector.schema.json') as object);

  it.each(files)('%s follows vector.schema.json', (file) => {
    const ok = validateFile(read(file));
    expect(validateFile.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validate:<type> ops name real schemas, and every schema has vectors', () => {
    const types = new Set(
      files.flatMap((file) => (read(file) as { op: string }[]).map((v) => v.op).filter((op) => op.startsWith('validate:')).map((op) => op.slice(9))),
    );
    expect([...types].filter((t) => !(SCHEMA_NAMES as readonly string[]).includes(t))).toEqual([]);
    expect(SCHEMA_NAMES.filter((name) => !types.has(name))).toEqual([]);
  });

  it('descriptions are unique within a file (a failure names one vector)', () => {
    for (const file of files) {
      const seen = (read(file) as { op: string; description: string }[]).map((v) => `${v.op} ${v.description}`);
      expect(seen.filter((d, i) => seen.indexOf(d) !== i), file).toEqual([]);
    }
  });
});
