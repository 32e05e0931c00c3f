// vitest 5 prints failed tests with Map.groupBy, which Node 20 lacks (it came in Node 21): there a
// failing test crashes the reporter and hides the failure. Each vitest.config.ts imports this
// first, so the reporter (in the main process) has it. Remove once Node 20 is no longer supported.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
