import { describe, expect, it } from 'vitest';
import {
  SCHEMA_NAMES,
  VALIDATORS,
  ValidationError,
  assertCreateJobRequest,
  assertJobInfo,
  isJobOwner,
  validateCreateJobRequest,
  validateJobInfo,
  JOB_STAGES,
  HARDWARE_FLAVORS,
  LEGACY_HARDWARE_FLAVORS,
  SCHEMAS,
} from '../src/index.js';

const owner = { id: '1', name: 'me', type: 'user' };

describe('generated validators', () => {
  it('has a validator for every schema file', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...SCHEMA_NAMES].sort());
    expect(SCHEMA_NAMES).toContain('job-info');
    expect(SCHEMA_NAMES).toContain('create-scheduled-job-request');
  });

  it('returns the value, typed, when valid', () => {
    const value = { id: 'x', owner, status: { stage: 'RUNNING' } };
    const result = validateJobInfo(value);
    expect(result).toEqual({ ok: true, value });
  });

  it('names the missing key in the pointer and says it in plain words', () => {
    const result = validateJobInfo({ id: 'x', owner: { id: '1', type: 'user' }, status: { stage: 'RUNNING' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { pointer: '/owner/name', field: 'name', keyword: 'required', message: '/owner/name is required' },
    ]);
  });

  it('reports every problem, not only the first', () => {
    const result = validateJobInfo({ id: 5, owner: { id: '1', name: 2, type: 'user' }, status: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer).sort()).toEqual(['/id', '/owner/name', '/status/stage']);
    expect(result.errors.find((e) => e.pointer === '/owner/name')?.message).toBe('/owner/name must be a string');
  });

  it('names every allowed type of a nullable field (error parameters inlined by the generator)', () => {
    const result = validateJobInfo({ id: 'x', owner, status: { stage: 'RUNNING' }, dockerImage: 5, secrets: 'x', createdAt: 1 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      '/createdAt must be a string or null',
      '/dockerImage must be a string or null',
      '/secrets must be an object, an array or null',
    ]);
  });

  it('assertX throws a ValidationError whose code and pointer are those of the first issue', () => {
    try {
      assertJobInfo({ id: 'x', owner, status: { stage: 'RUNNING' }, createdAt: 'yesterday' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const e = error as ValidationError;
      expect([e.code, e.pointer, e.field, e.schema]).toEqual(['format', '/createdAt', 'createdAt', 'job-info']);
      expect(e.message).toMatch(/^invalid job-info: \/createdAt must be an ISO 8601 date-time/);
    }
  });

  it('isX is a plain type guard', () => {
    expect(isJobOwner(owner)).toBe(true);
    expect(isJobOwner({ id: '1' })).toBe(false);
  });

  it('never puts a value of the input into a message (secrets stay out of logs)', () => {
    const secret = 'hf_SuperSecretToken123';
    const bodies = [
      { command: ['echo'], dockerImage: 'ubuntu', secrets: { HF_TOKEN: secret, N: 5 } },
      { command: [secret, 1], dockerImage: 'ubuntu', timeoutSeconds: secret },
      { command: ['echo'], dockerImage: secret, spaceId: secret, unexpectedKey: secret },
    ];
    for (const body of bodies) {
      const result = validateCreateJobRequest(body);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(secret.slice(3));
      try {
        assertCreateJobRequest(body);
      } catch (error) {
        expect(String((error as Error).message)).not.toContain('SuperSecret');
      }
    }
  });

  it('says both images is an error and neither is an error', () => {
    const both = validateCreateJobRequest({ command: [], dockerImage: 'a', spaceId: 'b' });
    const neither = validateCreateJobRequest({ command: [] });
    expect(both.ok || both.errors[0]).toMatchObject({ pointer: '/dockerImage', keyword: 'false schema' });
    expect(neither.ok || neither.errors[0]).toMatchObject({ pointer: '/dockerImage', keyword: 'required' });
  });
});

describe('known values', () => {
  it('lists the seed stages and the 2026 ones', () => {
    expect(JOB_STAGES.slice(0, 5)).toEqual(['COMPLETED', 'CANCELED', 'ERROR', 'DELETED', 'RUNNING']);
    expect(JOB_STAGES).toContain('UPDATING');
  });

  it('lists current flavors first, legacy last, cpu-basic included', () => {
    expect(HARDWARE_FLAVORS[0]).toBe('cpu-basic');
    expect(HARDWARE_FLAVORS.slice(-3)).toEqual([...LEGACY_HARDWARE_FLAVORS]);
    expect(LEGACY_HARDWARE_FLAVORS).toEqual(['zero-a10g', 'h100', 'h100x8']);
    expect(HARDWARE_FLAVORS).toHaveLength(29);
  });

  it('exports each schema as stored, with its $id', () => {
    expect(SCHEMAS['job-info'].$id).toBe('https://hfjobs.dev/schemas/job-info.schema.json');
    expect(SCHEMAS['job-info'].title).toBe('JobInfo');
  });
});
