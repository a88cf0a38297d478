import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

const page = readFileSync(join(REPO_ROOT, 'docs/divergences.md'), 'utf8');
const [dataModel = '', clientAndCli = ''] = page.split('## The client and the CLI');
const rows = [...dataModel.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] as string);
/** the client/CLI rows: id and the test that backs it (`file › title`, the last cell) */
const testedRows = [...clientAndCli.matchAll(/^\| `([a-z0-9-]+)` \|.*\| ([^|]+) › ([^|]+) \|$/gm)].map((m) => ({ id: m[1], file: (m[2] as string).trim(), title: (m[3] as string).trim() }));
const dir = join(REPO_ROOT, 'schemas/conformance');
const tags = new Set<string>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
  for (const vector of JSON.parse(readFileSync(join(dir, file), 'utf8')) as { divergence?: string }[]) {
    if (vector.divergence) tags.add(vector.divergence);
  }
}

describe('the divergence table', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('every row is backed by at least one vector', () => {
    expect(rows.filter((row) => !tags.has(row))).toEqual([]);
  });

  it('every divergence tag on a vector has a row', () => {
    expect([...tags].filter((tag) => !rows.includes(tag))).toEqual([]);
  });

  it('every client and CLI row names a test that exists', () => {
    expect(testedRows.length).toBeGreaterThanOrEqual(10);
    const missing = testedRows.filter(({ file, title }) => !readFileSync(join(REPO_ROOT, file), 'utf8').includes(`'${title}'`));
    expect(missing).toEqual([]);
  });
});
