import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCHEMA_NAMES, VALIDATORS, ValidationError, parseJobInfo, parseScheduledJobInfo, validateJobInfo } from '../src/index.js';
import * as generated from '../src/generated/validate.js';

const RUNS = 10_000;

/** Returns normally, or throws a ValidationError: anything else fails the property. */
function onlyValidationErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    return error instanceof ValidationError;
  }
}

const dateish = fc.oneof(
  fc.constant(''),
  fc.constant(null),
  fc.date({ noInvalidDate: true, min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }).map((d) => d.toISOString()),
  fc.string(),
  fc.integer(),
);
const owner = fc.record({ id: fc.string(), name: fc.string(), type: fc.string() }, { requiredKeys: [] });
/** Records shaped like JobInfo, with every key optional and some values of the wrong type, to reach the deep paths. */
const jobInfoLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    owner: fc.oneof(owner, fc.constant(null)),
    status: fc.oneof(fc.record({ stage: fc.oneof(fc.string(), fc.integer()), message: fc.oneof(fc.string(), fc.constant(null)) }, { requiredKeys: [] }), fc.constant(null)),
    createdAt: dateish,
    created_at: dateish,
    dockerImage: fc.oneof(fc.string(), fc.constant(null)),
    docker_image: fc.oneof(fc.string(), fc.constant(null)),
    secrets: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.constant(null))), fc.array(fc.string()), fc.string()),
    startedAt: dateish,
  },
  { requiredKeys: [] },
);
const scheduledLike = fc.record(
  {
    id: fc.string(),
    owner,
    jobSpec: fc.oneof(fc.constant(null), fc.record({ timeout: fc.oneof(fc.integer(), fc.string()), docker_image: fc.string() }, { requiredKeys: [] })),
    job_spec: fc.oneof(fc.constant(null), fc.constant({})),
    status: fc.oneof(
      fc.constant(null),
      fc.record({ lastJob: fc.oneof(fc.constant(null), fc.constant({}), fc.record({ id: fc.string(), at: dateish }, { requiredKeys: [] })), nextJobRunAt: dateish, next_job_run_at: dateish }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

describe('for any JSON value', () => {
  it(`parse*, validate* and assert* return or throw ValidationError, nothing else (${RUNS} runs each)`, () => {
    const asserts = Object.entries(generated).filter(([name]) => name.startsWith('assert')) as [string, (v: unknown) => void][];
    expect(asserts).toHaveLength(SCHEMA_NAMES.length);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const name of SCHEMA_NAMES) {
          const result = VALIDATORS[name](value);
          if (!result.ok && result.errors.length === 0) return false;
        }
        return (
          asserts.every(([, assert]) => onlyValidationErrors(() => assert(value))) &&
          onlyValidationErrors(() => parseJobInfo(value)) &&
          onlyValidationErrors(() => parseScheduledJobInfo(value))
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`JobInfo-like records: parse succeeds exactly when validate does, but for impossible calendar dates (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(jobInfoLike, (wire) => {
        const valid = validateJobInfo(wire).ok;
        try {
          parseJobInfo(wire);
          return valid;
        } catch (error) {
          if (!(error instanceof ValidationError)) return false;
          // the validator checks the shape of a date; only the parser checks the calendar
          return !valid || error.code === 'format';
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`ScheduledJobInfo-like records never escape as anything but ValidationError (${RUNS} runs)`, () => {
    fc.assert(fc.property(scheduledLike, (wire) => onlyValidationErrors(() => parseScheduledJobInfo(wire))), { numRuns: RUNS });
  });
});
