import { z } from 'zod';

/**
 * The kinds of CSV the package writes. One kind has the same columns, in the same order, with
 * the same types and meaning, whatever report, series, years or language it is written for.
 */
export const CsvKind = z
  .enum([
    'report-metrics',
    'series-metrics',
    'report-compare',
    'series-compare',
    'restatements',
    'country-compare',
  ])
  .meta({
    id: 'CsvKind',
    description: 'One layout of CSV: its columns are the same in every file.',
  });
export type CsvKind = z.infer<typeof CsvKind>;

/**
 * A column's type, as a W3C CSVW built-in datatype. An empty field is null (never 0, never
 * false) in every type.
 */
export const CsvDatatype = z
  .enum(['string', 'integer', 'number', 'boolean', 'anyURI'])
  .meta({ id: 'CsvDatatype' });
export type CsvDatatype = z.infer<typeof CsvDatatype>;

/** One column of a CSV table schema (W3C CSVW, "Metadata Vocabulary for Tabular Data"). */
export const CsvColumnSchema = z
  .object({
    name: z.string().describe('The header of the column, as it stands in the first row.'),
    titles: z.string().describe('The same header: what a CSVW processor matches the row with.'),
    datatype: CsvDatatype,
    'dc:description': z.string().describe('What the column says.'),
  })
  .meta({ id: 'CsvColumnSchema' });
export type CsvColumnSchema = z.infer<typeof CsvColumnSchema>;

/** The table schema of one CSV kind: its columns in order, its key and how the file is written. */
export const CsvTableSchema = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/csvw'),
    'dc:title': z.string(),
    dialect: z.object({
      encoding: z.literal('utf-8'),
      header: z.literal(true),
      lineTerminators: z.array(z.string()),
    }),
    tableSchema: z.object({
      columns: z.array(CsvColumnSchema),
      primaryKey: z.array(z.string()).describe('The columns whose values name one row.'),
      null: z.literal('').describe('An empty field is null: not reported or not applicable.'),
    }),
  })
  .meta({ id: 'CsvTableSchema' });
export type CsvTableSchema = z.infer<typeof CsvTableSchema>;
