import { describe, expect, it } from 'vitest';
import { citation } from './citation.js';
import { getReport } from './reports/index.js';
import { CslJson } from './schema/csl-json.js';
import type { Report } from './schema/report.js';

const report = getReport('aze-2018') as Report;

describe('citation', () => {
  it('CSL-JSON: a report by the State Department, June 2018, with its canonical URL', () => {
    expect(citation(report, 'csl-json')).toEqual({
      id: 'aze-2018',
      type: 'report',
      title: report.title,
      author: [{ literal: 'U.S. Department of State' }],
      publisher: 'U.S. Department of State',
      'publisher-place': 'Washington, DC',
      issued: { 'date-parts': [[2018, 6]] },
      URL: report.url,
      section: 'Protection',
    });
  });

  it('CSL-JSON satisfies the CslJson schema, which rejects a month out of range', () => {
    const csl = citation(report, 'csl-json');
    expect(CslJson.parse(csl)).toEqual(csl);
    const bad = { ...csl, issued: { 'date-parts': [[2018, 13]] } };
    expect(CslJson.safeParse(bad).success).toBe(false);
  });

  it('BibTeX: a @techreport entry keyed by the report id', () => {
    const bib = citation(report, 'bibtex');
    expect(bib.startsWith('@techreport{aze-2018,\n')).toBe(true);
    expect(bib).toContain(`  title = {{${report.title}}},`);
    expect(bib).toContain('  year = {2018},\n  month = jun,');
    expect(bib).toContain(`  url = {${report.url}}`);
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });

  it('BibTeX escapes the characters TeX treats as commands', () => {
    const bib = citation(
      { ...report, title: 'Trafficking & Forced Labor: 100% of #cases_' },
      'bibtex',
    );
    expect(bib).toContain('title = {{Trafficking \\& Forced Labor: 100\\% of \\#cases\\_}}');
  });
});
