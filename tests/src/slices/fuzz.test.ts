import { describe, expect, it } from 'vitest';
import { fuzzApi } from '../../bench/fuzz.js';

// The test-suite slice of `pnpm --filter @tip-report/tests fuzz`: raw HTTP against the real Node
// server, including what app.request() cannot send (non-UTF-8 bytes in the path, TRACE, bodies).
describe('fuzzing the running Node server (slice)', () => {
  it('answers 500 generated requests with no 5xx, every 4xx a problem+json', async () => {
    const seed = Date.now() % 2 ** 31;
    const result = await fuzzApi(500, seed);
    expect(result.failures, `seed ${seed}`).toEqual([]);
    expect(result.aliveAfterwards).toBe(true);
    // Most requests must reach the app, or the slice would be testing Node's parser only.
    expect(result.rejectedByParser).toBeLessThan(result.count / 2);
    expect(result.byStatus.get(200)).toBeGreaterThan(0);
    expect(result.byStatus.get(400)).toBeGreaterThan(0);
  });
});
