// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sizeBudget } from './size-budget.mjs';

// The built files, as a partner's reader downloads them (turbo builds before it tests).
const dist = new URL('../dist/', import.meta.url);
const widget = readFileSync(new URL('widget.js', dist), 'utf8');
const embed = readFileSync(new URL('embed.html', dist), 'utf8');
const chunks = readdirSync(dist).filter((name) => /^widget-.+\.js$/.test(name));
const read = (name: string) => readFileSync(new URL(name, dist), 'utf8');
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
/** What the build found the default view downloads, from the bundle's own import graph. */
const report = JSON.parse(read('size-report.json')) as { defaultView: string[] };

describe('dist/widget.js and its chunks', () => {
  it(`the entry is at most ${sizeBudget.entry} B gzipped, and holds no Solid and no data but the first view's markup`, () => {
    expect(gzip(widget)).toBeLessThanOrEqual(sizeBudget.entry);
    expect(widget).toContain('customElements.define');
    expect(widget).not.toContain('solid-proxy');
    // Core's sentences and data stay in the live chunk; the first view is their result, drawn.
    expect(widget).not.toContain('The government identified {value} trafficking');
    expect(widget).toMatch(
      /<p class=\\?"sentence\\?"[^>]*>The government identified \d+ trafficking/,
    );
  });

  it(`the default view downloads at most ${sizeBudget.defaultView} B gzipped in all`, () => {
    // The build's list is the entry, the live widget and what it imports: check it is not short.
    expect(report.defaultView[0]).toBe('widget.js');
    const files = report.defaultView.map(read);
    const all = files.join('\n');
    expect(all).toContain('solid-proxy');
    expect(all).toContain('The government identified {value} trafficking');
    for (const file of files.slice(1)) {
      for (const [, name] of file.matchAll(
        /\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'`]\.\/([^"'`]+)["'`]/g,
      )) {
        expect(report.defaultView).toContain(name);
      }
    }
    expect(files.reduce((sum, file) => sum + gzip(file), 0)).toBeLessThanOrEqual(
      sizeBudget.defaultView,
    );
  });

  it('has no chunk but those README "What loads when" names', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(
      readme.indexOf('## What loads when'),
      readme.indexOf('## Build and test'),
    );
    for (const name of chunks) expect(table).toContain(`\`${name}\``);
  });

  it('has zod only in the live-data chunks: bundled data is validated at build time', () => {
    // Live figures (an `api` attribute) are checked with core's own zod schemas, in their chunks.
    const zod = /ZodError|\$ZodType|_zod/;
    const live = ['widget-live-data.js', 'widget-core-schemas.js'];
    expect(live.map(read).join('\n')).toMatch(zod);
    for (const name of [...report.defaultView, ...chunks.filter((n) => !live.includes(n))]) {
      expect(read(name)).not.toMatch(zod);
    }
  });

  it('the entry imports nothing statically; it loads its own chunks by import() beside itself', () => {
    expect(widget).not.toMatch(/\bimport\s*(\{|\*|["'`]|[\w$]+\s+from\b)/);
    const dynamic = [...widget.matchAll(/\bimport\(\s*([^)]*)\)/g)].map((m) => m[1] ?? '');
    // Each by name, but one: the live widget's imports fetched ahead, named in a list (below).
    const named = dynamic.filter((specifier) => /^["'`]/.test(specifier));
    expect(named.length).toBeGreaterThan(0);
    expect(dynamic.length - named.length).toBe(1);
    for (const specifier of named) expect(specifier).toMatch(/^["'`]\.\/widget-[\w-]+\.js["'`]$/);
    for (const specifier of named) expect(chunks).toContain(specifier.slice(3, -1));
  });

  it("fetches the live widget's own imports beside it: every chunk it needs, named by the build", () => {
    // The build wrote the list from the bundle's graph; the default view is the entry, the live
    // chunk and exactly these.
    const list = widget.match(/JSON\.parse\(["'`](\[[^\]]*\])["'`]\)/)?.[1];
    expect(list).toBeDefined();
    const ahead = JSON.parse(list as string) as string[];
    expect(ahead.length).toBeGreaterThan(0);
    const live = report.defaultView.filter((name) => name !== 'widget.js' && !ahead.includes(name));
    expect(live).toEqual(['widget-live-widget.js']);
    for (const name of ahead) expect(chunks).toContain(name);
  });

  it('marks what the default view runs with the compile hint, and nothing loaded on demand', () => {
    // V8 compiles a marked file's functions on a background thread as it streams in: right for
    // code the first view runs, a waste for a chunk whose code may never run.
    const hint = '//# allFunctionsCalledOnLoad\n';
    for (const name of report.defaultView) expect(read(name).startsWith(hint)).toBe(true);
    const onDemand = chunks.filter((name) => !report.defaultView.includes(name));
    expect(onDemand.length).toBeGreaterThan(0);
    for (const name of onDemand) expect(read(name)).not.toContain('allFunctionsCalledOnLoad');
  });

  it('puts each language but English in chunks of its own, not in what the default view loads', () => {
    const defaultView = report.defaultView.map(read).join('\n');
    for (const words of [
      'Mənbə',
      'Müəyyən edilmiş qurbanlar',
      'Göstərici',
      'Источник',
      'Выявленные жертвы',
      'Показатель',
    ]) {
      expect(defaultView).not.toContain(words);
      expect(chunks.some((name) => read(name).includes(words))).toBe(true);
    }
  });

  it('puts the table and the series in chunks, not in what the default view loads', () => {
    const defaultView = report.defaultView.map(read).join('\n');
    expect(defaultView).not.toContain('<caption');
    expect(chunks.some((name) => read(name).includes('<caption'))).toBe(true);
    expect(defaultView).not.toContain('Watch List",tierChange');
    expect(chunks.some((name) => read(name).includes('tierChange'))).toBe(true);
  });

  it('chunks import only widget.js and each other, relative to themselves', () => {
    for (const name of chunks) {
      const imports = read(name).matchAll(
        /\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'`]([^"'`]+)["'`]/g,
      );
      for (const [, specifier] of imports) expect(specifier).toMatch(/^\.\/widget(-[\w-]+)?\.js$/);
    }
  });

  it('needs no unsafe-eval under a strict CSP', () => {
    for (const file of [widget, ...chunks.map(read)]) {
      expect(file).not.toMatch(/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*["'`]/);
    }
  });
});

describe('dist/embed.html', () => {
  it('has no inline script or style, loads /widget.js and advertises oEmbed', () => {
    const scripts = [...embed.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toContain('src="/widget.js"');
    expect(scripts[0]?.[2]?.trim()).toBe('');
    expect(embed).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(embed).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/json\+oembed"/);
    expect(embed).toContain('<tip-comparison data-tip-embed>');
  });
});
