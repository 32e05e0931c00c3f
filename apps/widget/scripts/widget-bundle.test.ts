// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The built files, as a partner's reader downloads them (turbo builds before it tests).
const dist = new URL('../dist/', import.meta.url);
const widget = readFileSync(new URL('widget.js', dist), 'utf8');
const embed = readFileSync(new URL('embed.html', dist), 'utf8');

describe('dist/widget.js', () => {
  it('is at most 20 KB gzipped, Solid and the data included', () => {
    const gzipped = gzipSync(widget, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(20 * 1024);
    // It really holds Solid and the figures (not a stub that loads them later).
    expect(widget).toContain('identified 71 trafficking victims');
    expect(widget).toContain('customElements.define');
  });

  it('has no zod: data is validated at build time, not in the reader’s browser', () => {
    expect(widget).not.toMatch(/zod|ZodError|\$ZodType|_zod/i);
  });

  it('is one self-contained module: no import, no other request for code', () => {
    expect(widget).not.toMatch(/\bimport\s*(\(|\{|\*|["'`]|[\w$]+\s+from\b)/);
  });

  it('needs no unsafe-eval under a strict CSP', () => {
    expect(widget).not.toMatch(/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*["'`]/);
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
