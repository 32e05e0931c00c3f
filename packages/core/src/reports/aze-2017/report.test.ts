import { describe, expect, it } from 'vitest';
import type { Report } from '../../schema/report.js';
import { getReport } from '../index.js';

const report = getReport('aze-2017') as Report;
const metric = (id: string) => report.metrics.find((m) => m.id === id);

describe('aze-2017: the words around the figures say what its page says', () => {
  it('the 466 referrals were NGOs’, as its locator says, in all three languages (the id stays)', () => {
    const referrals = metric('referrals.civil_society_to_atd');
    const source = referrals?.observations[0]?.source;
    expect(source?.kind === 'cited' && source.locator).toBe(
      'NGOs referred 466 potential trafficking victims to ATD',
    );
    for (const m of [referrals, metric('referrals.civil_society_to_atd.recognized')]) {
      const words = [
        m?.label,
        m?.statement,
        m?.translations?.az?.label?.text,
        m?.translations?.az?.statement?.text,
        m?.translations?.ru?.label?.text,
        m?.translations?.ru?.statement?.text,
      ].join(' | ');
      expect(words, m?.id).not.toMatch(/civil society|vətəndaş cəmiyyət|гражданск/i);
    }
    expect(referrals?.statement).toMatch(/^NGOs referred/);
    expect(referrals?.translations?.az?.statement?.text).toMatch(/^QHT-lər/);
    expect(referrals?.translations?.ru?.statement?.text).toMatch(/^НПО направили/);
  });

  it('the breakdown by sex says female and male, as the page does, not "adult women and men"', () => {
    const note = report.breakdowns.find((b) => b.id === 'victims.by_sex')?.note;
    expect(note).toContain('female and male');
    expect(note).not.toMatch(/adult|women|men\b/);
  });
});
