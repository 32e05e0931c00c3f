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

  it('text: author, (year, month), title, section, place: publisher, from the metadata', () => {
    expect(citation(report, 'text')).toBe(
      'U.S. Department of State. (2018, June). 2018 Trafficking in Persons Report: Azerbaijan. Protection section. Washington, DC: U.S. Department of State.',
    );
    const later = { ...report, title: 'A later report', published: '2022-07-19' };
    expect(citation(later, 'text')).toBe(
      'U.S. Department of State. (2022, July). A later report. Protection section. Washington, DC: U.S. Department of State.',
    );
  });

  it('text names every month by its English name', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      citation({ ...report, published: `2018-${String(i + 1).padStart(2, '0')}` }, 'text'),
    ).map((line) => /\(2018, (\w+)\)/.exec(line)?.[1]);
    const english = Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2018, i, 1),
      ),
    );
    expect(months).toEqual(english);
  });
});
