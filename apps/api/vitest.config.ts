import '../../vitest-node20-shim.js';
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two runs of the tests: in Node (everything), and inside workerd (the contract suite, against
// the Worker entry built from wrangler.jsonc), so both runtimes are held to the same contract.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.workerd.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.jsonc' } })],
        resolve: { dedupe: ['zod'] },
        test: {
          name: 'workerd',
          include: ['test/**/*.workerd.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
