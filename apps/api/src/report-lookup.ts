import { z } from '@hono/zod-openapi';
import {
  checkYear as coreCheckYear,
  getReport,
  ReportId,
  ReportQueryError,
  reportIds,
} from '@tip-report/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** The `{reportId}` path parameter, documented with the ids that exist. */
export const reportIdParam = ReportId.meta({
  description: 'A report: ISO 3166-1 alpha-3 country code and edition.',
  enum: [...reportIds],
});

/**
 * Resolves `{reportId}` before the query is validated, so an unknown report is a 404 that lists
 * the reports there are, whatever else is wrong with the request.
 */
export const findReport = createMiddleware<AppEnv>(async (c, next) => {
  const id = c.req.param('reportId') ?? '';
  const report = getReport(id);
  if (report === undefined) {
    throw new ProblemError('not-found', {
      detail: `There is no report ${JSON.stringify(id)}.`,
      parameter: 'reportId',
      value: id,
      allowed: [...reportIds],
    });
  }
  c.set('report', report);
  await next();
});

/** A four-digit year in a query string; whether the report has it is checked against the data. */
export const yearQuery = (description: string) =>
  z
    .string()
    .regex(/^\d{4}$/, 'a year is four digits')
    .meta({ description, example: '2017' });

/** Comma-separated metric ids, e.g. `victims.identified,funding.victim_protection`. */
export const idsQuery = z.string().meta({
  description: 'Only these metrics: comma-separated metric ids. An unknown id is a 400.',
  example: 'victims.identified,funding.victim_protection',
});

/** Splits an `ids` list; duplicates collapse, blanks stay (core rejects them as unknown ids). */
export const splitIds = (ids: string | undefined) =>
  ids === undefined ? undefined : [...new Set(ids.split(',').map((id) => id.trim()))];

/**
 * Core says what a report does not have (ReportQueryError, with `allowed`); this says it in the
 * API's words: which query parameter was wrong.
 */
export function queryProblem(error: ReportQueryError, parameter: string): ProblemError {
  return new ProblemError('invalid-parameter', {
    detail: error.message,
    parameter,
    value: error.value,
    allowed: [...error.allowed],
  });
}

/** A year the report gives figures for, or a 400 that lists the years it has. */
/** Core's year check, answered as a 400 problem about `parameter`. */
export function checkYear(
  report: { id: string; years: readonly number[] },
  year: string,
  parameter: string,
): number {
  try {
    return coreCheckYear(report, Number(year), parameter);
  } catch (error) {
    if (error instanceof ReportQueryError) throw queryProblem(error, parameter);
    throw error;
  }
}
