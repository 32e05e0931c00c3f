// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The widget's house: a folder per view beside what the views share, the frame and the live
// widget on top, the element below them all; imports run one way and never round in a circle.

const src = dirname(fileURLToPath(import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => join(src, f));

/** A file's part of the house: `views/trend`, `shared`, `live`, …; the entry files are `root`. */
const layer = (file: string) => {
  const [first, second] = relative(src, file).split('/');
  if (!second) return 'root';
  return first === 'views' ? `views/${second}` : (first as string);
};

/** What each part may import statically; `import()` may also reach the parts in `later`. */
const allowed: Record<string, { now: string[]; later?: string[] }> = {
  shared: { now: ['shared'] },
  'views/compare': { now: ['views/compare', 'shared'] },
  'views/trend': { now: ['views/trend', 'shared'] },
  'views/table': { now: ['views/table', 'shared'] },
  'views/countries': { now: ['views/countries', 'shared'] },
  frame: { now: ['frame', 'shared'] },
  live: {
    now: ['live', 'frame', 'views/compare', 'views/trend', 'views/countries', 'shared'],
    later: ['views/table', 'live-data'],
  },
  'live-data': { now: ['live-data', 'shared'] },
  picture: { now: ['picture', 'views/compare', 'views/trend', 'views/countries', 'shared'] },
  // Drawn at build time, like the pictures: the live widget's own markup.
  'first-view': { now: ['first-view', 'live', 'shared'] },
  element: { now: ['element', 'shared'], later: ['live'] },
  'embed-page': { now: ['embed-page', 'shared'] },
};

type Edge = { from: string; to: string; dynamic: boolean };
const edges: Edge[] = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const found: Edge[] = [];
  for (const [, spec] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
    found.push({ from: file, to: resolve(dirname(file), spec as string), dynamic: false });
  }
  for (const [, spec] of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) {
    found.push({ from: file, to: resolve(dirname(file), spec as string), dynamic: true });
  }
  return found;
});
// Type-only imports load nothing: they are not edges.
const typeOnly = (file: string, to: string) =>
  new RegExp(`import type [^;]*'${relative(dirname(file), to).replace(/\./g, '\\.')}`).test(
    readFileSync(file, 'utf8'),
  );

describe('the widget’s source', () => {
  it('has its files in the known parts', () => {
    for (const file of files) expect(['root', ...Object.keys(allowed)]).toContain(layer(file));
  });

  it('imports only downwards (a view never imports another view, shared imports nothing above it)', () => {
    const wrong = edges
      .filter((e) => layer(e.from) !== 'root' && !typeOnly(e.from, e.to))
      .filter((e) => {
        const rule = allowed[layer(e.from)];
        const target = layer(e.to.replace(/\.js$/, '.ts'));
        return !(rule?.now.includes(target) || (e.dynamic && rule?.later?.includes(target)));
      })
      .map((e) => `${relative(src, e.from)} → ${relative(src, e.to)}`);
    expect(wrong).toEqual([]);
  });

  it('has no circle of static imports', () => {
    const key = (path: string) => path.replace(/\.(js|ts|tsx)$/, '');
    const next = new Map<string, string[]>();
    for (const e of edges) {
      if (e.dynamic || typeOnly(e.from, e.to)) continue;
      next.set(key(e.from), [...(next.get(key(e.from)) ?? []), key(e.to)]);
    }
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        circles.push(
          [...path.slice(path.indexOf(node)), node].map((n) => relative(src, n)).join(' → '),
        );
        return;
      }
      state.set(node, 'open');
      for (const to of next.get(node) ?? []) visit(to, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of next.keys()) visit(node, []);
    expect(circles).toEqual([]);
  });
});
