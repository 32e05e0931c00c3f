import { citation, type ReportMetadata } from '@tip-report/core/data';

/**
 * "U.S. Department of State. (2018, June). 2018 Trafficking in Persons Report: …", in English: it
 * names the English report as published. Made at build time for the bundled data (core's
 * citation knows every format, and the entry has no room for them) and by the live-data chunk.
 */
export function citationText(report: ReportMetadata): string {
  const csl = citation(report, 'csl-json');
  const [[year, month]] = csl.issued['date-parts'];
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  const author = csl.author.map((a) => a.literal).join(', ');
  return `${author}. (${year}, ${monthName}). ${csl.title}. ${csl.section} section. ${csl['publisher-place']}: ${csl.publisher}.`;
}
