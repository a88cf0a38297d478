import { defineConfig } from 'tsdown';

// The CLI ships as one file with everything inlined: nothing to resolve at start-up but itself.
export default defineConfig({
  entry: { hfjobs: 'src/main.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: true,
  deps: { alwaysBundle: [/.*/] },
});
