import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// turbo runs this package's build before its tests
const built = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');

describe('the built package', () => {
  it('imports nothing from ajv but the standalone runtime helpers', () => {
    const imports = [...built.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['ajv-formats/dist/formats.js', 'ajv/dist/runtime/ucs2length.js']);
  });

  it('never compiles a schema at run time', () => {
    expect(built).not.toMatch(/new Ajv\b|\.compile\(|addSchema\(/);
  });

  it('loads and validates from dist', async () => {
    const core = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
    expect(core.isJobStage('RUNNING')).toBe(true);
    expect(core.validateJobOwner({ id: '1' }).ok).toBe(false);
  });
});
