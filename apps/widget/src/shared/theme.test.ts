import { describe, expect, it } from 'vitest';
import { contrastRatio, palettes } from './theme.js';

describe('both themes meet WCAG AA', () => {
  for (const [name, p] of Object.entries(palettes)) {
    it(`${name}: text 4.5:1, bars and focus ring 3:1`, () => {
      expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.accent, p.bg)).toBeGreaterThanOrEqual(4.5); // links
      expect(contrastRatio(p['on-accent'], p.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.from, p.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.warn, p.bg)).toBeGreaterThanOrEqual(3);
    });

    it(`${name}: values written on the bars, and the trend's ×, read at 4.5:1`, () => {
      expect(contrastRatio(p['on-accent'], p.from)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p['on-accent'], p.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.warn, p.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(4.5); // a value written after its bar
    });
  }

  it('the ratio is WCAG’s (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
