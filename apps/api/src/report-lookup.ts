import { z } from '@hono/zod-openapi';
import {
  defaultReport,
  describeQueryError,
  getReport,
  getSeries,
  headlineMetricIds,
  ReportId,
  ReportQueryError,
  reportIds,
  reports,
  SeriesId,
  series,
  seriesIds,
} from '@tip-report/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.js';
import { ProblemError, says } from './problem.js';

/** The `{reportId}` path parameter, documented with the ids that exist. */
export const reportIdParam = ReportId.meta({
  description: 'A report: ISO 3166-1 alpha-3 country code and edition.',
  enum: [...reportIds],
});

/** The `{seriesId}` path parameter, documented with the ids that exist. */
export const seriesIdParam = SeriesId.meta({
  description: 'A series: ISO 3166-1 alpha-3 country code and section, across editions.',
  enum: [...seriesIds],
});

/**
 * Resolves a `{reportId}` or `{seriesId}` path parameter before the query is validated, so an
 * unknown one is a 404 that lists the ones there are, whatever else is wrong with the request.
 */
function findSource<K extends 'report' | 'series'>(
  key: K,
  lookup: (id: string) => AppEnv['Variables'][K] | undefined,
  ids: readonly string[],
  detail: 'problem.detail.noReport' | 'problem.detail.noSeries',
) {
  const parameter = `${key}Id`;
  return createMiddleware<AppEnv>(async (c, next) => {
    const id = c.req.param(parameter) ?? '';
    const found = lookup(id);
    if (found === undefined) {
      throw new ProblemError('not-found', {
        detail: says(detail, { id: JSON.stringify(id) }),
        parameter,
        value: id,
        allowed: [...ids],
      });
    }
    c.set(key, found);
    await next();
  });
}

export const findReport = findSource('report', getReport, reportIds, 'problem.detail.noReport');
export const findSeries = findSource('series', getSeries, seriesIds, 'problem.detail.noSeries');

/** The first and last year any report or series has figures for: the range a year may take. */
const allYears = [...reports.flatMap((r) => r.years), ...series.flatMap((s) => s.years)];
const YEAR_RANGE = { min: Math.min(...allYears), max: Math.max(...allYears) } as const;

/**
 * A year in a query string, an integer in the data's range (so a generated client types it as a
 * number); whether the report or series has it is checked against its own years.
 */
export const yearQuery = (description: string) =>
  z.coerce
    .number({ error: 'a year is four digits' })
    .int('a year is four digits')
    .min(YEAR_RANGE.min, `a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`)
    .max(YEAR_RANGE.max, `a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`)
    .meta({ description, example: defaultReport.years.at(-1) ?? YEAR_RANGE.max });

// Examples for the documentation, from the data: the default report's headline metrics and topic.
const exampleIds = headlineMetricIds(defaultReport).slice(0, 2).join(',');
const exampleTopic = defaultReport.topics.find((t) => t.headline)?.id;

/** Comma-separated metric ids (documented with the default report's headline metrics). */
export const idsQuery = z.string().meta({
  description: 'Only these metrics: comma-separated metric ids. An unknown id is a 400.',
  example: exampleIds,
});

/**
 * Every topic some report or series has, for the documentation only: whether this report or
 * series has the topic is checked against its data, and a 400 lists its own topics.
 */
const topicIds = [
  ...new Set([...reports, ...series].flatMap((source) => source.topics.map((t) => t.id))),
];

export const topicQuery = (description: string) =>
  z.string().meta({ description, enum: topicIds, example: exampleTopic });

/** Core's name for what was wrong, as the query parameter the caller sent. */
const queryParameter = (error: ReportQueryError) =>
  error.parameter === 'metric' ? 'ids' : error.parameter;

/**
 * Core says what a report or series does not have (ReportQueryError names the parameter and
 * lists what is allowed); this says it as a 400 problem about the query parameter.
 */
function queryProblem(error: ReportQueryError): ProblemError {
  return new ProblemError('invalid-parameter', {
    detail: (locale) => describeQueryError(error, locale),
    parameter: queryParameter(error),
    value: error.value,
    allowed: [...error.allowed],
  });
}

/** Runs `answer`, turning core's ReportQueryError into the 400 problem it describes. */
export function answering<T>(answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    if (error instanceof ReportQueryError) throw queryProblem(error);
    throw error;
  }
}
