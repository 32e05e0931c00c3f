import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { type CsvKind, citation, type LocaleId, type Report } from '@tip-report/core';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { CSV_TYPE, CSVW_TYPE, JSON_TYPE } from './content-types.js';
import { represent, representJson } from './representation.js';
import type { Meta } from './schemas.js';

/** `Link: <…>; rel="cite-as"` (RFC 8574): the reports a response's figures come from. */
const citeAs = (reports: readonly Report[]) => reports.map((r) => `<${r.url}>; rel="cite-as"`);

/** Where the CSVW table schema of a CSV kind is served (routes/csvw.ts). */
export const csvwPath = (kind: CsvKind) => `/v1/csvw/${kind}`;

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

/** A JSON answer's address with `format=csv` added: the same resource as CSV. */
export const csvAddress = (self: string) => `${self}${self.includes('?') ? '&' : '?'}format=csv`;

/**
 * `{ data, meta }` as a JSON representation. A resource that also has a CSV form names it in a
 * `Link: <…>; rel="alternate"; type="text/csv"`, so a client need not know our `format` parameter.
 */
export const dataJson = <T>(
  data: T,
  reports: readonly Report[],
  self: string,
  headers: Record<string, string> = {},
  options: { csv?: boolean } = {},
) =>
  representJson(
    { data, meta: metaFor(reports, self) },
    {
      Link: [
        ...citeAs(reports),
        ...(options.csv ? [`<${csvAddress(self)}>; rel="alternate"; type="text/csv"`] : []),
      ].join(', '),
      ...headers,
    },
  );

/** What a CSV answer says of itself besides its body. */
export interface CsvAnswer {
  kind: CsvKind;
  /** The file name to save it under (csvFileName makes it). */
  filename: string;
  /** The canonical address of the same resource as JSON. */
  json: string;
}

/**
 * A CSV download: a file name a spreadsheet user can keep, the source to cite, its JSON form, and
 * the CSVW table schema that gives every column's type (`rel="describedby"`, as CSVW's "Locating
 * Metadata" asks), so an empty column reads as null and not as text.
 */
export const dataCsv = (
  csv: string,
  reports: readonly Report[],
  answer: CsvAnswer,
  headers: Record<string, string> = {},
) =>
  represent(csv, CSV_TYPE, {
    'Content-Disposition': `attachment; filename="${answer.filename}"`,
    Link: [
      ...citeAs(reports),
      `<${csvwPath(answer.kind)}>; rel="describedby"; type="${CSVW_TYPE}"`,
      `<${answer.json}>; rel="alternate"; type="${JSON_TYPE}"`,
    ].join(', '),
    ...headers,
  });

/**
 * A CSV file name that differs wherever the file's content does: the resource, its filters, the
 * metric ids (by name if one, else by a short digest of the list) and the language, so the en,
 * az and ru files of one table do not overwrite each other in a Downloads folder.
 */
export function csvFileName(
  parts: readonly (string | number | undefined)[],
  ids: readonly string[] | undefined,
  locale: LocaleId | undefined,
): string {
  const idPart =
    ids === undefined || ids.length === 0
      ? undefined
      : ids.length === 1
        ? ids[0]
        : `${ids.length}-ids-${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 8)}`;
  return `${[...parts, idPart, locale].filter((p) => p !== undefined && p !== '').join('-')}.csv`;
}

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
