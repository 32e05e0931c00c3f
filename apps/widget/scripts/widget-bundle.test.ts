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

describe('dist/widget.js', () => {
  it(`is at most ${sizeBudget.ceiling} B gzipped, the default view's figures included`, () => {
    const gzipped = gzipSync(widget, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(sizeBudget.ceiling);
    // It really holds the default view's figures and sentences, drawn (not a stub that loads
    // them later), and registers the element; Solid and the data are in the live widget's chunk.
    expect(widget).toContain('The government identified 71 trafficking victims in 2017');
    expect(widget).toContain('customElements.define');
    expect(widget).not.toContain('solid-proxy');
    expect(widget).not.toContain('The government identified {value} trafficking');
    const app = read('widget-app.js');
    expect(app).toContain('solid-proxy');
    expect(app).toContain('The government identified {value} trafficking');
  });

  it('has no chunk but those README "What loads when" names', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(
      readme.indexOf('## What loads when'),
      readme.indexOf('## Build and test'),
    );
    for (const name of chunks) expect(table).toContain(`\`${name}\``);
  });

  it(`with the chunks the default view loads, is at most ${sizeBudget.defaultView} B gzipped`, () => {
    for (const name of sizeBudget.defaultViewChunks) expect(chunks).toContain(name);
    const total = [widget, ...sizeBudget.defaultViewChunks.map(read)].reduce(
      (sum, file) => sum + gzipSync(file, { level: 9 }).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(sizeBudget.defaultView);
  });

  it('has no zod: data is validated at build time, not in the reader’s browser', () => {
    for (const file of [widget, ...chunks.map(read)]) {
      expect(file).not.toMatch(/zod|ZodError|\$ZodType|_zod/i);
    }
  });

  it('imports nothing statically; it loads only its own chunks, by import() beside itself', () => {
    expect(widget).not.toMatch(/\bimport\s*(\{|\*|["'`]|[\w$]+\s+from\b)/);
    const dynamic = [...widget.matchAll(/\bimport\(\s*([^)]*)\)/g)].map((m) => m[1]);
    expect(dynamic.length).toBeGreaterThan(0);
    for (const specifier of dynamic) expect(specifier).toMatch(/^["'`]\.\/widget-[\w-]+\.js["'`]$/);
    for (const specifier of dynamic) {
      expect(chunks).toContain(specifier?.slice(3, -1));
    }
  });

  it('puts each language but English in chunks of its own, not in the entry', () => {
    // Azerbaijani and Russian words, from core's catalogs and from the data's translations.
    for (const words of ['Mənbə', 'Müəyyən edilmiş qurbanlar', 'Источник', 'Выявленные жертвы']) {
      expect(widget).not.toContain(words);
    }
    expect(read('widget-az-catalog.js')).toContain('Mənbə');
    expect(read('widget-az.js')).toContain('Müəyyən edilmiş qurbanlar');
    expect(read('widget-ru-catalog.js')).toContain('Источник');
    expect(read('widget-ru.js')).toContain('Выявленные жертвы');
    // The API's own words are in no part of the widget.
    for (const file of [widget, ...chunks.map(read)]) expect(file).not.toMatch(/"problem\.|"api\./);
  });

  it('puts the table and the English words of problems in chunks, not in the entry', () => {
    expect(widget).not.toContain('<caption>');
    expect(read('widget-comparison-table.js')).toContain('<caption>');
    for (const key of ['ui.problem.report', 'error.sameYear', 'ui.validChoices']) {
      expect(widget).not.toContain(`"${key}"`);
      expect(read('widget-english-rest.js')).toContain(`"${key}"`);
    }
  });

  it('puts the series data in a chunk, not in the entry', () => {
    expect(widget).not.toContain('aze-protection",title');
    expect(widget).not.toContain('Watch List",tierChange');
    expect(chunks.some((name) => read(name).includes('tierChange'))).toBe(true);
  });

  it('chunks import only widget.js and each other, relative to themselves', () => {
    for (const name of chunks) {
      const imports = read(name).matchAll(
        /\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'`]([^"'`]+)["'`]/g,
      );
      for (const [, specifier] of imports) {
        expect(specifier).toMatch(/^\.\/widget(-[\w-]+)?\.js$/);
      }
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
