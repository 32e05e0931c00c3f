import { describe, expect, it } from 'vitest';
import { soakApi, soakPaths } from '../../bench/soak.js';

// The test-suite slice of `pnpm --filter @tip-report/tests soak`: a short load over the same mix
// of routes. Speed is not asserted here (`pnpm bench` measures it); failures under load are.
describe('load on the running Node server (slice)', () => {
  it('serves 3 s at 20 connections without an error, a timeout or a 5xx', async () => {
    const result = await soakApi({ seconds: 3, warmupSeconds: 1, connections: 20 });
    expect(result).toMatchObject({ errors: 0, timeouts: 0, serverErrors: 0 });
    expect(result.requests).toBeGreaterThan(soakPaths.length);
  });
});
