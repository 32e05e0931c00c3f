import type { CslJson } from './schema/csl-json.js';
import type { ReportMetadata } from './schema/report.js';

export type { CslJson };

function cslJson(report: ReportMetadata): CslJson {
  const [year, month] = report.published.split('-').map(Number) as [number, number];
  return {
    id: report.id,
    type: 'report',
    title: report.title,
    author: [{ literal: report.publisher }],
    publisher: report.publisher,
    'publisher-place': 'Washington, DC',
    issued: { 'date-parts': [[year, month]] },
    URL: report.url,
    section: report.section.charAt(0).toUpperCase() + report.section.slice(1),
  };
}

// BibTeX specials are escaped; braces around title and institution keep their capitals.
const bib = (text: string) => text.replace(/([\\{}&%$#_^~])/g, '\\$1');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtex(report: ReportMetadata): string {
  const csl = cslJson(report);
  const [[year, month]] = csl.issued['date-parts'];
  return [
    `@techreport{${report.id},`,
    `  title = {{${bib(report.title)}}},`,
    `  institution = {{${bib(report.publisher)}}},`,
    `  address = {${csl['publisher-place']}},`,
    `  year = {${year}},`,
    `  month = ${MONTHS[month - 1]},`,
    `  note = {${bib(csl.section)} section},`,
    `  url = {${report.url}}`,
    '}',
    '',
  ].join('\n');
}

/** How to cite a report: CSL-JSON (an object) or BibTeX (a string). */
export function citation(report: ReportMetadata, format: 'csl-json'): CslJson;
export function citation(report: ReportMetadata, format: 'bibtex'): string;
export function citation(report: ReportMetadata, format: 'csl-json' | 'bibtex'): CslJson | string {
  return format === 'bibtex' ? bibtex(report) : cslJson(report);
}
