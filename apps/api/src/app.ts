import { OpenAPIHono } from '@hono/zod-openapi';
import { getReport, getSeries, type LocaleId, message, series } from '@tip-report/core';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { trimTrailingSlash } from 'hono/trailing-slash';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { assertCatalogsLoaded } from './catalogs.js';
import { type Compressor, compression } from './compression.js';
import type { AppEnv } from './env.js';
import { CORS_EXPOSED, securityHeaders } from './header-policy.js';
import { requestLocale } from './locale.js';
import { PROBLEM_CONTENT_TYPE, ProblemError, problem, problemBody, says } from './problem.js';
import { type RequestLog, requestLog } from './request-log.js';
import { ResponseCache } from './response-cache.js';
import { compareRoutes } from './routes/compare.js';
import { countryRoutes } from './routes/countries.js';
import { csvwRoutes } from './routes/csvw.js';
import { docsRoutes } from './routes/docs.js';
import { findingRoutes } from './routes/findings.js';
import { healthRoutes } from './routes/health.js';
import { landingRoutes } from './routes/landing.js';
import { metricRoutes } from './routes/metrics.js';
import { pictureRoutes } from './routes/pictures.js';
import { problemRoutes } from './routes/problems.js';
import { reportRoutes } from './routes/reports.js';
import { seriesRoutes } from './routes/series.js';
import { sourceRoutes } from './routes/source.js';
import { widgetRoutes } from './routes/widget.js';
import { type AssetFetcher, staticFileAnswers, staticFileRoutes } from './static-files.js';

export interface AppOptions {
  /** Where one line per request goes (method, path, status, ms); none when omitted. */
  log?: RequestLog;
  /** Where unexpected errors are reported, with their stack; console.error by default. */
  reportError?: (error: unknown, requestId: string | undefined) => void;
  /**
   * The response cache (see response-cache.ts); a new one when omitted. `false` sends every
   * request through the middleware, which tests compare the cached answers with.
   */
  cache?: ResponseCache | false;
  /** Compresses answers of 1 KB or more (Node); none on Workers, where the platform does it. */
  compressor?: Compressor;
  /** Serves dist/static (Node); the Worker's `ASSETS` binding when omitted. */
  assets?: AssetFetcher;
}

/** Headers a 304 keeps besides the caching ones, so CORS callers can still read it. */
const RETAINED_ON_304 = [
  ...RETAINED_304_HEADERS,
  'x-request-id',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

/**
 * The whole service as one Hono app: Node (src/node.ts) and the Worker (src/worker.ts) both call
 * this. Nothing is built before the first request: each route builds its answer when asked, and
 * the response cache keeps what the answer's headers say may be kept.
 */
export function createApp(options: AppOptions = {}): OpenAPIHono<AppEnv> {
  assertCatalogsLoaded();
  const reportError =
    options.reportError ??
    ((error: unknown, id: string | undefined) =>
      console.error(`request ${id ?? '-'} failed:`, error));

  const app = new OpenAPIHono<AppEnv>({
    // zod-openapi's validation failures become 400 problems (404 for a path that names nothing).
    defaultHook: (result, c) => {
      if (result.success) return;
      const locale = requestLocale(c);
      const errors = result.error.issues.map((issue) => {
        const parameter = String(issue.path[0] ?? result.target);
        const allowed = allowedValues(c, parameter, issue);
        const detail = issueDetail(issue, parameter, allowed, locale);
        return { parameter, detail, ...(allowed ? { allowed } : {}) };
      });
      const first = errors[0] ?? { parameter: result.target, detail: 'invalid' };
      const sent = ('data' in result ? (result.data as Record<string, unknown>) : {})[
        first.parameter
      ];
      return problem(c, result.target === 'param' ? 'not-found' : 'invalid-parameter', {
        detail: errors.map((e) => `${e.parameter}: ${e.detail}`).join('; '),
        parameter: first.parameter,
        ...(sent === undefined ? {} : { value: String(sent) }),
        ...('allowed' in first && first.allowed ? { allowed: first.allowed } : {}),
        ...(errors.length > 1 ? { errors } : {}),
      });
    },
  });

  if (options.log) app.use(requestLog(options.log));
  app.use(requestId());
  // Before every middleware that sets response headers, so what it records is the final answer.
  if (options.cache !== false) app.use((options.cache ?? new ResponseCache()).middleware());
  // Outside the header-setting middleware, so a 304 keeps only what RFC 9110 (15.4.5) lists for
  // it plus what CORS callers need to read it, not the 200's security headers: a revalidation
  // is the cheapest answer the API gives and should stay that way.
  app.use(etag({ retainedHeaders: RETAINED_ON_304 }));
  // Static files answer with their own build-time headers: no compressing, no hashing here.
  app.use(staticFileAnswers(options.assets));
  // Inside etag, so a 304 is decided on the ETag of the encoding actually sent.
  if (options.compressor) app.use(compression(options.compressor));
  app.use(securityHeaders);
  app.use(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: CORS_EXPOSED,
      maxAge: 86400,
    }),
  );
  app.use(trimTrailingSlash());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        const allow = [...methods, 'OPTIONS'].join(', ');
        const response = problem(c, 'method-not-allowed', {
          detail: says('problem.detail.methodNotAllowed', { method: c.req.method, allow }),
          allowed: [...methods, 'OPTIONS'],
        });
        response.headers.set('Allow', allow);
        return response;
      },
    }),
  );

  healthRoutes(app);
  reportRoutes(app);
  seriesRoutes(app);
  metricRoutes(app);
  compareRoutes(app);
  csvwRoutes(app);
  countryRoutes(app);
  findingRoutes(app);
  sourceRoutes(app);
  widgetRoutes(app, options.assets);
  pictureRoutes(app, options.assets);
  staticFileRoutes(app);
  landingRoutes(app);
  problemRoutes(app);
  docsRoutes(app);

  app.notFound((c) =>
    problem(c, 'not-found', {
      detail: says('problem.detail.nothingHere', { path: c.req.path }),
    }),
  );

  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      const response = problem(c, error.kind, error.details);
      for (const [name, value] of Object.entries(error.headers)) response.headers.set(name, value);
      return response;
    }
    // Hono's own 4xx (a malformed request it refuses) keep their status, as a problem.
    if (error instanceof HTTPException && error.status < 500) {
      const locale = requestLocale(c);
      const body = {
        ...problemBody(c, 'invalid-parameter', { detail: error.message || 'Bad request' }, locale),
        status: error.status,
        title: message(locale, 'problem.bad-request.title'),
        type: 'about:blank',
      };
      c.header('Cache-Control', 'no-store');
      return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
        'Content-Type': PROBLEM_CONTENT_TYPE,
        'Content-Language': locale,
      });
    }
    // Anything else is our bug: the caller gets the request id, the log gets the stack.
    reportError(error, c.get('requestId'));
    return problem(c, 'internal-error', {
      detail: says('problem.detail.internal'),
    });
  });

  return app;
}

/** What may be sent for a parameter that failed validation, where a list says it. */
function allowedValues(
  c: Context<AppEnv>,
  parameter: string,
  issue: { code: string; values?: readonly unknown[] },
): string[] | undefined {
  if (issue.values && issue.values.length > 0) return issue.values.map(String);
  const source =
    c.get('report') ??
    c.get('series') ??
    getReport(c.req.param('reportId') ?? '') ??
    getSeries(c.req.param('seriesId') ?? '');
  if (parameter === 'year' || parameter === 'from' || parameter === 'to') {
    return source?.years.map(String);
  }
  // Without a report or series in the path (one metric across countries), any series' metric.
  if (parameter === 'metricId') {
    return (source ?? { metrics: series.flatMap((s) => s.metrics) }).metrics
      .map((m) => m.id)
      .filter((id, i, all) => all.indexOf(id) === i);
  }
  return undefined;
}

/**
 * What is wrong with a parameter, in words: zod's own in English (as the API has always said it),
 * the catalog's for what zod found in another locale.
 */
function issueDetail(
  issue: { code: string; message: string },
  parameter: string,
  allowed: readonly string[] | undefined,
  locale: LocaleId,
): string {
  if (locale === 'en') return issue.message;
  if (issue.code === 'invalid_value' && allowed) {
    return message(locale, 'api.issue.oneOf', { allowed: allowed.join(', ') });
  }
  if (['year', 'from', 'to'].includes(parameter)) {
    return message(locale, 'api.issue.year');
  }
  if (issue.code === 'invalid_type') return message(locale, 'api.issue.required');
  return message(locale, 'api.issue.invalid');
}
