import { describe, expect, it } from 'vitest';
import { abuseWidget } from '../../bench/widget-abuse.js';

// The test-suite slice of `pnpm --filter @tip-report/tests widget-abuse`, in real Chromium.
describe('the widget under hostile attributes and churn (slice)', () => {
  it('shows no console error, runs no injected markup and leaks no nodes over 20 cycles', async () => {
    const { problems } = await abuseWidget(20);
    expect(problems).toEqual([]);
  });
});
