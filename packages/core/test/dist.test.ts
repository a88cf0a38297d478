import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// turbo runs this package's build before its tests
const built = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');

describe('the built package', () => {
  it('imports nothing at run time: the validators are self-contained', () => {
    expect(built).not.toMatch(/^import /m);
    expect(built).not.toMatch(/\brequire\(/);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies).toBeUndefined();
  });

  it('counts string length in code points, as AJV does (minLength)', async () => {
    const core = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
    const body = (image: string) => ({ command: [], dockerImage: image });
    expect(core.isCreateJobRequest(body('\u{1F600}'))).toBe(true);
    expect(core.validateCreateJobRequest(body('')).ok).toBe(false);
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
