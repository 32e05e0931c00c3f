// A report for another country and currency, which the package does not ship: it proves that a
// new report is data. It is read the way build-data reads a report folder (offsets derived from
// the quotes), and then everything core does works on it without a line of code for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locate, quotedSpans } from '../scripts/quotes.mjs';
import { compare } from '../src/compare.js';
import { comparisonToCsv, metricsToCsv } from '../src/csv.js';
import { describeChange } from '../src/describe-change.js';
import { provenanceUrl } from '../src/provenance.js';
import { Report } from '../src/schema/report.js';
import { buildSeries } from '../src/series.js';

function loadFixture(id: string): Report {
  const json = JSON.parse(readFileSync(new URL(`./fixtures/${id}.json`, import.meta.url), 'utf8'));
  const text = readFileSync(new URL(`./fixtures/${id}.txt`, import.meta.url), 'utf8');
  for (const { span } of quotedSpans(json)) {
    const found = locate(text, span);
    if (found.error !== undefined) throw new Error(`${span.quote} ${found.error}`);
    Object.assign(span, found);
  }
  return Report.parse({ ...json, sourceText: text });
}

const fixture = loadFixture('xyz-2020');

describe('a report for another country and currency, as data only', () => {
  it('loads and parses with the Report schema', () => {
    expect(fixture.country.name).toBe('Examplestan');
    const quote = fixture.metrics[0]?.observations[1]?.source;
    expect(quote?.kind === 'quoted' && fixture.sourceText?.slice(quote.start, quote.end)).toBe(
      'nine in 2019',
    );
  });

  it('compares and renders its sentences in its own units and currency', () => {
    const comparison = compare(fixture, 2019, 2020);
    expect(comparison.rows.map((row) => describeChange(row, comparison.units))).toEqual([
      'The government identified 12 victims in 2020, up 3 victims (+33.3 %) from 9 victims in 2019.',
      'The government allocated 250,000 lari ($80,000) for victim services in 2020, up 50,000 lari (+25.0 %) from 200,000 lari ($64,000) in 2019.',
    ]);
    expect(comparisonToCsv(comparison)).toContain('250,000 lari');
  });

  it('links, exports and makes a series of two editions', () => {
    const source = fixture.metrics[1]?.observations[0]?.source;
    if (source === undefined) throw new Error('no source');
    expect(provenanceUrl(fixture, source)).toMatch(
      /^https:\/\/example\.org\/2020\/examplestan\/#:~:text=/,
    );
    expect(metricsToCsv(fixture).split('\r\n')).toHaveLength(fixture.metrics.length * 2 + 2);
    const later = { ...fixture, id: 'xyz-2021', edition: 2021, tier: 'Tier 2' as const };
    const [made] = buildSeries([fixture, later]);
    expect(made?.id).toBe('xyz-protection');
    expect(made?.editions.map((e) => e.tierChange)).toEqual([undefined, 'downgraded']);
    expect(made?.metrics[0]?.points[0]?.statements).toHaveLength(2);
  });
});
