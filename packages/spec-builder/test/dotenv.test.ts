import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDotenv, parseEnvAssignments } from '../src/index.js';
import { parseEnvFile, readLocalToken, assertRemoteUvScript } from '../src/node.js';

describe('parseEnvAssignments', () => {
  it('reads -e values in order, later wins, a bare key from the environment', () => {
    expect(parseEnvAssignments(['A=1', 'B', 'A=2', 'C'], { B: 'from-env' })).toEqual({ A: '2', B: 'from-env' });
  });

  it('does not read keys from the prototype of the environment object', () => {
    expect(parseDotenv('constructor\ntoString', {})).toEqual({});
  });
});

describe('parseEnvFile', () => {
  it('reads a file with the dotenv rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# settings\nexport MODEL="gpt2"\nLR=3e-4 # learning rate\nHOME_DIR\n');
    expect(parseEnvFile(file, { HOME_DIR: '/root' })).toEqual({ MODEL: 'gpt2', LR: '3e-4', HOME_DIR: '/root' });
  });

  it('names the file, not its content, when it cannot be read', () => {
    expect(() => parseEnvFile('/nonexistent/.env')).toThrow('cannot read /nonexistent/.env (no such file)');
  });
});

describe('readLocalToken', () => {
  it('prefers HF_TOKEN, then HUGGING_FACE_HUB_TOKEN, then the token file', () => {
    const home = mkdtempSync(join(tmpdir(), 'hfjobs-home-'));
    writeFileSync(join(home, 'token'), 'hf_from_file\n');
    expect(readLocalToken({ HF_TOKEN: 'hf_env', HF_HOME: home })).toBe('hf_env');
    expect(readLocalToken({ HF_TOKEN: '', HUGGING_FACE_HUB_TOKEN: 'hf_old', HF_HOME: home })).toBe('hf_old');
    expect(readLocalToken({ HF_HOME: home })).toBe('hf_from_file');
    expect(readLocalToken({ HF_HOME: join(home, 'missing') })).toBeUndefined();
  });
});

describe('assertRemoteUvScript', () => {
  it('refuses a local file, lets URLs and commands through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hfjobs-uv-'));
    const script = join(dir, 'train.py');
    writeFileSync(script, 'print(1)\n');
    expect(() => assertRemoteUvScript(script)).toThrow(/is a local file/);
    expect(() => assertRemoteUvScript('https://example.com/train.py')).not.toThrow();
    expect(() => assertRemoteUvScript('python')).not.toThrow();
  });
});
