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

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * One line to paste under a chart or into a footnote, in APA's order for a report by an
 * organisation: "U.S. Department of State. (2018, June). 2018 Trafficking in Persons Report:
 * Azerbaijan. Protection section. Washington, DC: U.S. Department of State." In English, whatever
 * the reader's language: it names the report as published.
 */
function text(report: ReportMetadata): string {
  const csl = cslJson(report);
  const [[year, month]] = csl.issued['date-parts'];
  const author = csl.author.map((a) => a.literal).join(', ');
  return `${author}. (${year}, ${MONTH_NAMES[month - 1]}). ${csl.title}. ${csl.section} section. ${csl['publisher-place']}: ${csl.publisher}.`;
}

/** The formats `citation` writes, for whoever offers a choice of them (the API's ?format). */
export const citationFormats = ['csl-json', 'bibtex', 'text'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** How to cite a report: CSL-JSON (an object), BibTeX or one line of plain text (a string). */
export function citation(report: ReportMetadata, format: 'csl-json'): CslJson;
export function citation(report: ReportMetadata, format: 'bibtex' | 'text'): string;
export function citation(report: ReportMetadata, format: CitationFormat): CslJson | string {
  if (format === 'bibtex') return bibtex(report);
  if (format === 'text') return text(report);
  return cslJson(report);
}
