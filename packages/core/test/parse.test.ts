import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError, parseJobInfo, parseScheduledJobInfo, defaultEndpoint } from '../src/index.js';

const owner = { id: '1', name: 'me', type: 'user' };
const minimal = { id: 'x', owner, status: { stage: 'RUNNING' } };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('parseJobInfo', () => {
  it('gives Dates for datetimes', () => {
    const job = parseJobInfo({ ...minimal, createdAt: '2025-07-22T16:06:25.079Z' });
    expect(job.createdAt).toBeInstanceOf(Date);
    expect(job.createdAt?.getTime()).toBe(Date.UTC(2025, 6, 22, 16, 6, 25, 79));
  });

  it('takes the endpoint from HF_ENDPOINT, trailing slashes stripped, when none is given', () => {
    vi.stubEnv('HF_ENDPOINT', 'https://hub-ci.huggingface.co//');
    expect(parseJobInfo(minimal).url).toBe('https://hub-ci.huggingface.co/jobs/me/x');
    expect(parseScheduledJobInfo({ id: 's', owner }).endpoint).toBe('https://hub-ci.huggingface.co');
  });

  it('falls back to huggingface.co when HF_ENDPOINT is empty or unset', () => {
    vi.stubEnv('HF_ENDPOINT', '');
    expect(parseJobInfo(minimal).endpoint).toBe('https://huggingface.co');
    expect(defaultEndpoint({})).toBe('https://huggingface.co');
  });

  it('an explicit endpoint wins over HF_ENDPOINT', () => {
    vi.stubEnv('HF_ENDPOINT', 'https://elsewhere');
    expect(parseJobInfo(minimal, { endpoint: 'http://127.0.0.1:9' }).url).toBe('http://127.0.0.1:9/jobs/me/x');
  });

  it('names the source in the error message', () => {
    expect(() => parseJobInfo({ id: 'x' }, { source: 'https://huggingface.co/api/jobs/me/x' })).toThrow(
      /^invalid job-info from https:\/\/huggingface\.co\/api\/jobs\/me\/x: \/status is required/,
    );
  });

  it('throws ValidationError, not TypeError, for what would crash the Python client', () => {
    for (const wire of [null, 'x', 3, [], {}, { id: 'x', owner: null, status: {} }]) {
      expect(() => parseJobInfo(wire)).toThrow(ValidationError);
    }
  });
});

describe('parseScheduledJobInfo', () => {
  it('parses lastJob.at and nextJobRunAt to Dates', () => {
    const s = parseScheduledJobInfo({
      id: 's',
      owner,
      status: { lastJob: { id: 'j', at: '2025-08-20T15:00:00Z' }, nextJobRunAt: '2025-08-20T16:00:00Z' },
    });
    expect(s.status.lastJob?.at).toBeInstanceOf(Date);
    expect(s.status.nextJobRunAt?.toISOString()).toBe('2025-08-20T16:00:00.000Z');
  });

  it('an impossible date in the lastJob it uses is a format error at that pointer', () => {
    expect(() => parseScheduledJobInfo({ id: 's', owner, status: { last_job: { id: 'j', at: '2025-02-30T00:00:00Z' } } })).toThrow(
      expect.objectContaining({ code: 'format', pointer: '/status/last_job/at' }),
    );
  });
});
