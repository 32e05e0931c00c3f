import '../vitest-node20-shim.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    // One file at a time: the browser, load and fuzz files each start servers and Chromium, and
    // on a 2-core machine running them side by side makes timeouts flaky without testing more.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
