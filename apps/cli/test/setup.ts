import { afterAll, expect } from 'vitest';
import { SECRETS, printed } from './run-cli.js';

// After each test file: nothing the CLI printed (stdout, stderr, error messages) holds the test
// token or a secret value, except where a test asked for --show-secrets.
afterAll(() => {
  const leaks = printed.filter((run) => !run.allowSecrets).flatMap((run) => SECRETS.filter((secret) => run.text.includes(secret)).map((secret) => `${secret} in the output of hfjobs ${run.args.join(' ')}`));
  expect(leaks).toEqual([]);
});
