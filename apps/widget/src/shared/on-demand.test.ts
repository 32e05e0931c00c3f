import { describe, expect, it } from 'vitest';
import { onDemand } from './on-demand.js';

describe('onDemand', () => {
  it('fetches a chunk once for the page, however many widgets ask', async () => {
    let fetched = 0;
    const load = onDemand(async () => ({ chunk: ++fetched }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(fetched).toBe(1);
  });

  it('fetches it again on the next call after a failure, so a reader who was offline can retry', async () => {
    let calls = 0;
    const load = onDemand(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { chunk: calls };
    });
    await expect(load()).rejects.toThrow('Failed to fetch');
    expect(await load()).toEqual({ chunk: 2 });
    expect(await load()).toEqual({ chunk: 2 });
    expect(calls).toBe(2);
  });
});
