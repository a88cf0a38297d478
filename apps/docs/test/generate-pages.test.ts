import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePages } from '../scripts/generate-pages.js';
import { buildProgram } from '../../cli/src/program.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('generated pages', () => {
  it('a new property in a schema shows up on its page with no other edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-docs-'));
    const schemasDir = join(dir, 'schemas');
    cpSync(join(REPO, 'schemas'), schemasDir, { recursive: true });
    const file = join(schemasDir, 'job-owner.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema.properties.avatarUrl = { type: 'string', description: 'A picture of the owner, added by this test.' };
    writeFileSync(file, JSON.stringify(schema));
    const outDir = join(dir, 'reference');
    generatePages({ schemasDir, vectorsDir: join(schemasDir, 'conformance'), outDir });
    const page = readFileSync(join(outDir, 'schemas/job-owner.md'), 'utf8');
    expect(page).toContain('| `avatarUrl` | string | no | A picture of the owner, added by this test. |');
  });

  it('the CLI page comes from the command definitions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-docs-'));
    const program = buildProgram();
    program.command('frobnicate').description('A command that exists only in this test.');
    generatePages({ schemasDir: join(REPO, 'schemas'), vectorsDir: join(REPO, 'schemas/conformance'), outDir: dir, program });
    const page = readFileSync(join(dir, 'cli.md'), 'utf8');
    expect(page).toContain('## `hfjobs frobnicate`');
    expect(page).toContain('A command that exists only in this test.');
    expect(page).toContain('`--timeout <timeout>`');
  });

  it('every schema gets a page with its examples from the vectors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-docs-'));
    const written = generatePages({ schemasDir: join(REPO, 'schemas'), vectorsDir: join(REPO, 'schemas/conformance'), outDir: dir });
    const files = readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(written.filter((f) => f.startsWith('schemas/') && f !== 'schemas/index.md')).toHaveLength(files.length);
    const page = readFileSync(join(dir, 'schemas/create-job-request.md'), 'utf8');
    expect(page).toContain('### Invalid: both dockerImage and spaceId');
    expect(page).toContain('Error `false schema` at `/dockerImage`.');
  });
});
