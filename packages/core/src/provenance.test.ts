import { describe, expect, it } from 'vitest';
import { provenanceUrl } from './provenance.js';
import { getReport } from './reports/index.js';
import type { Report } from './schema/report.js';

const report = getReport('aze-2018') as Report;
const text = report.sourceText as string;
const spans = [
  ...report.metrics.flatMap((m) => m.observations.map((o) => o.source)),
  ...report.findings.map((f) => f.source),
].filter((s) => s.kind === 'quoted');

// Parses `#:~:text=[prefix-,]textStart` back into its terms.
function fragmentOf(url: string) {
  const [page, fragment] = url.split('#:~:text=');
  const terms = (fragment ?? '').split(',');
  const prefix = terms.length > 1 ? decodeURIComponent((terms[0] as string).replace(/-$/, '')) : '';
  return { page, prefix, quote: decodeURIComponent(terms[terms.length - 1] as string) };
}

describe('provenanceUrl', () => {
  it('points at the canonical page with a text fragment that decodes to the exact quote', () => {
    for (const span of spans) {
      const { page, quote } = fragmentOf(provenanceUrl(report, span));
      expect(page).toBe(report.url);
      expect(quote).toBe(span.quote);
    }
  });

  it('anchors short quotes with the words just before them in the text', () => {
    const span = report.metrics.find((m) => m.id === 'victims.identified')?.observations[1]?.source;
    if (!span) throw new Error('no span');
    const url = provenanceUrl(report, span);
    expect(url).toBe(`${report.url}#:~:text=trafficking%20victims%20(-,70%20in%202016`);
    for (const s of spans) {
      const { prefix, quote } = fragmentOf(provenanceUrl(report, s));
      if (prefix) expect(text.slice(0, s.start).trimEnd().endsWith(prefix)).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(quote);
    }
  });

  it('percent-encodes the characters that are syntax in a text fragment', () => {
    for (const span of spans) {
      const fragment = provenanceUrl(report, span).split('#:~:text=')[1] as string;
      const terms = fragment.split(',');
      expect(terms.length).toBeLessThanOrEqual(2);
      // Inside a term, '-' and '&' are encoded; only a prefix ends in a bare '-'.
      expect((terms.at(-1) as string).match(/[-&]/)).toBeNull();
    }
    const hyphenated = report.findings.find((f) => f.source.quote.includes('MIA-run'));
    expect(provenanceUrl(report, hyphenated?.source as Report['findings'][0]['source'])).toContain(
      'MIA%2Drun',
    );
  });
});

describe('provenanceUrl for a cited figure', () => {
  it("is the edition's page with the locator as the text fragment, no prefix", () => {
    const aze2019 = getReport('aze-2019') as Report;
    const source = aze2019.metrics[0]?.observations[0]?.source;
    if (source?.kind !== 'cited') throw new Error('aze-2019 cites its figures');
    const url = provenanceUrl(aze2019, source);
    expect(url.startsWith(aze2019.url)).toBe(true);
    expect(fragmentOf(url)).toEqual({ page: aze2019.url, prefix: '', quote: source.locator });
  });
});
