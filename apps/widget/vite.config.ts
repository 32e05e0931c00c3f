import '../../vitest-node20-shim.js';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { bundledReportsPlugin } from './build/bundled-reports-plugin.js';
import { liveImportsPlugin } from './build/live-imports-plugin.js';

// Shared by the component tests and scripts/build.mjs (which adds the bundles' settings). The
// server build (src/picture/chart-svg.tsx, for pictures drawn in Node) compiles Solid for its
// server renderer; everything else for the browser.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    solid(isSsrBuild ? { ssr: true, solid: { generate: 'ssr', hydratable: false } } : {}),
    bundledReportsPlugin(),
    liveImportsPlugin(),
  ],
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    // Sized for a loaded machine, like the waits in test/setup.ts: a test ends when it is done.
    testTimeout: 60_000,
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'build/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
  },
}));
