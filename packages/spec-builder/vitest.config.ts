import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the property tests run 10,000 cases each; a busy CI machine must not turn that into a failure
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
