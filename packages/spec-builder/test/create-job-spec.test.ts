import { describe, expect, it } from 'vitest';
import { ValidationError } from '@hfjobs/core';
import { JobSpecError, createJobSpec, createScheduledJobSpec, createUvJobSpec, maskSecrets, resolveImage } from '../src/index.js';

describe('createJobSpec', () => {
  it('writes the keys in the Python client order, byte for byte', () => {
    const body = createJobSpec({
      image: 'hf.co/spaces/user/app',
      command: ['python', '-c', 'print(1)'],
      env: { A: '1' },
      secrets: { HF_TOKEN: 'hf_x' },
      timeout: '1.5h',
    });
    expect(JSON.stringify(body)).toBe(
      '{"command":["python","-c","print(1)"],"arguments":[],"environment":{"A":"1"},"flavor":"cpu-basic","secrets":{"HF_TOKEN":"hf_x"},"timeoutSeconds":5400,"spaceId":"user/app"}',
    );
  });

  it('leaves secrets and timeoutSeconds out when absent, as the Python CLI test expects', () => {
    expect(JSON.stringify(createJobSpec({ image: 'ubuntu', command: ['echo', 'hello'] }))).toBe(
      '{"command":["echo","hello"],"arguments":[],"environment":{},"flavor":"cpu-basic","dockerImage":"ubuntu"}',
    );
  });

  it('does not share the caller’s objects', () => {
    const env = { A: '1' };
    const command = ['echo'];
    const body = createJobSpec({ image: 'ubuntu', command, env });
    env.A = 'changed';
    command.push('x');
    expect(body.environment).toEqual({ A: '1' });
    expect(body.command).toEqual(['echo']);
  });

  it('throws JobSpecError naming field and pointer, with a hint', () => {
    try {
      createJobSpec({ image: 'ubuntu', command: ['echo'], timeout: 'abc' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JobSpecError);
      const e = error as JobSpecError;
      expect([e.code, e.field, e.pointer, e.value]).toEqual(['invalid_timeout', 'timeout', '/timeout', 'abc']);
      expect(e.message).toBe('invalid timeout "abc": not a whole number of seconds and no unit; use a number of seconds, or a number with a unit s, m, h or d: 90, "90", "1.5h", "2d"');
    }
  });

  it('never puts a secret value in an error', () => {
    const secret = 'hf_VeryPrivateValue';
    const attempts = [
      () => createJobSpec({ image: 'ubuntu', command: ['x'], secrets: { OK: secret, BAD: 5 } as unknown as Record<string, string> }),
      () => createJobSpec({ image: 'ubuntu', command: ['x'], secrets: [secret] as unknown as Record<string, string> }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(JobSpecError);
        expect(JSON.stringify({ ...(error as JobSpecError), message: (error as Error).message })).not.toContain('VeryPrivate');
      }
    }
  });

  it('every result passes the create-job-request validator (a bad result would be a ValidationError)', () => {
    // the builder checks its input first, so the validator never fires on input problems
    expect(() => createJobSpec({ image: 'ubuntu', command: [1] as unknown as string[] })).toThrow(JobSpecError);
    expect(() => createJobSpec({ image: 'ubuntu', command: [1] as unknown as string[] })).not.toThrow(ValidationError);
  });
});

describe('resolveImage', () => {
  it.each([
    ['https://huggingface.co/spaces/u/a', { spaceId: 'u/a' }],
    ['https://hf.co/spaces/u/a', { spaceId: 'u/a' }],
    ['huggingface.co/spaces/u/a', { spaceId: 'u/a' }],
    ['hf.co/spaces/u/a', { spaceId: 'u/a' }],
    ['HTTPS://hf.co/spaces/u/a', { dockerImage: 'HTTPS://hf.co/spaces/u/a' }],
    [' hf.co/spaces/u/a', { dockerImage: ' hf.co/spaces/u/a' }],
  ])('%s → %j', (image, expected) => {
    expect(resolveImage(image)).toEqual(expected);
  });
});

describe('createScheduledJobSpec', () => {
  it('is { jobSpec, schedule, concurrency?, suspend? } in that order', () => {
    const body = createScheduledJobSpec({ schedule: '0 9 * * 1', suspend: true, concurrency: false, image: 'ubuntu', command: ['ls'] });
    expect(Object.keys(body)).toEqual(['jobSpec', 'schedule', 'concurrency', 'suspend']);
  });

  it('names the wrong CRON field', () => {
    expect(() => createScheduledJobSpec({ schedule: '0 25 * * *', image: 'u', command: [] })).toThrow('the hour field "25" is not valid (0-23)');
    expect(() => createScheduledJobSpec({ schedule: '0 9 * * 9', image: 'u', command: [] })).toThrow('the day-of-week field "9"');
    expect(() => createScheduledJobSpec({ schedule: '0 9 * *', image: 'u', command: [] })).toThrow('a CRON expression has 5 fields, this has 4');
  });
});

describe('createUvJobSpec', () => {
  it('runs uv with --with and --python before the script', () => {
    const body = createUvJobSpec({ script: 'https://e.com/s.py', dependencies: ['a', 'b'], python: '3.11', scriptArgs: ['x'] });
    expect(body.command).toEqual(['uv', 'run', '--with', 'a', '--with', 'b', '--python', '3.11', 'https://e.com/s.py', 'x']);
    expect(body.dockerImage).toBe('ghcr.io/astral-sh/uv:python3.12-bookworm');
  });
});

describe('maskSecrets', () => {
  it('masks every secret value and keeps the key order', () => {
    const body = createJobSpec({ image: 'ubuntu', command: ['x'], secrets: { A: 'a', B: 'b' }, timeout: 5 });
    const masked = maskSecrets(body);
    expect(masked.secrets).toEqual({ A: '***', B: '***' });
    expect(Object.keys(masked)).toEqual(Object.keys(body));
    expect(body.secrets).toEqual({ A: 'a', B: 'b' });
    const scheduled = maskSecrets(createScheduledJobSpec({ schedule: '@daily', image: 'u', command: [], secrets: { T: 't' } }));
    expect(scheduled.jobSpec.secrets).toEqual({ T: '***' });
  });
});
