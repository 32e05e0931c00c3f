import { z } from '@hono/zod-openapi';
import { citation, type Report } from '@tip-report/core';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { CSV_TYPE } from './content-types.js';
import { represent, representJson } from './representation.js';
import type { Meta } from './schemas.js';

/** `Link: <…>; rel="cite-as"` (RFC 8574): the report a response's figures come from. */
const citeAs = (reports: readonly Report[]) => ({
  Link: reports.map((r) => `<${r.url}>; rel="cite-as"`).join(', '),
});

function metaFor(reports: readonly Report[], self: string): Meta {
  return {
    sources: reports.map((r) => ({
      reportId: r.id,
      url: r.url,
      citation: citation(r, 'csl-json'),
    })),
    self,
  };
}

/** `{ data, meta }` as a JSON representation. */
export const dataJson = <T>(
  data: T,
  reports: readonly Report[],
  self: string,
  headers: Record<string, string> = {},
) => representJson({ data, meta: metaFor(reports, self) }, { ...citeAs(reports), ...headers });

/** A CSV download: a file name a spreadsheet user can keep, and the source to cite. */
export const dataCsv = (
  csv: string,
  reports: readonly Report[],
  filename: string,
  headers: Record<string, string> = {},
) =>
  represent(csv, CSV_TYPE, {
    'Content-Disposition': `attachment; filename="${filename}"`,
    ...citeAs(reports),
    ...headers,
  });

/** The `format` query parameter of a route that answers JSON or CSV. */
export const formatQuery = z.enum(['json', 'csv']).optional().meta({
  description: 'csv for a spreadsheet (also chosen by `Accept: text/csv`); json by default.',
});
export type TableFormat = NonNullable<z.infer<typeof formatQuery>>;

/**
 * `?format=` wins; without it, `Accept: text/csv` (or `text/*`) asks for CSV and anything else
 * gets JSON, so a browser's Accept header never turns an API call into a download.
 */
export function tableFormat(c: Context, format: TableFormat | undefined): TableFormat {
  if (format !== undefined) return format;
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/json', 'text/csv'],
    default: 'application/json',
  });
  return type === 'text/csv' ? 'csv' : 'json';
}

export const VARY_ACCEPT = { Vary: 'Accept' } as const;
