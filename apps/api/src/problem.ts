import { z } from '@hono/zod-openapi';
import { type LocaleId, type MessageParams, message } from '@tip-report/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PROBLEM_CONTENT_TYPE } from './content-types.js';
import { requestLocale } from './locale.js';

/**
 * The kinds of problem this API reports; each one's title is core's catalog message
 * `problem.{slug}.title`, in the language of the answer. Each `type` is a relative URI that
 * resolves to a page on this origin (`/problems/{slug}`), so a caller who meets one can read what
 * it means.
 */
export const problemTypes = {
  'invalid-parameter': {
    status: 400,
    description:
      'A path or query parameter has a value the API cannot use. `parameter` names it, `value` repeats what was sent and `allowed` lists what may be sent instead.',
  },
  'not-found': {
    status: 404,
    description:
      'No resource has this address. For an unknown report or metric, `allowed` lists the ids that exist.',
  },
  'method-not-allowed': {
    status: 405,
    description:
      'The resource exists but answers only the methods in the `Allow` header (and in `allowed`).',
  },
  'internal-error': {
    status: 500,
    description:
      'The server failed. Nothing a caller sends should cause this; the request id in `requestId` finds it in the logs.',
  },
} as const;
export type ProblemType = keyof typeof problemTypes;

/** RFC 9457 problem details, with the extensions this API adds. */
export const Problem = z
  .object({
    type: z.string().describe('A URI reference (relative to this API) naming the kind of problem.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.int().min(400).max(599),
    detail: z.string().describe('What was wrong with this request, in words.'),
    instance: z.string().describe('The path and query of the request this answers.'),
    requestId: z.string().optional().describe('Echoes the X-Request-Id response header.'),
    parameter: z.string().optional().describe('The parameter that was wrong.'),
    value: z.string().optional().describe('The value that was sent for it.'),
    allowed: z.array(z.string()).optional().describe('What may be sent instead.'),
    errors: z
      .array(
        z.object({
          parameter: z.string(),
          detail: z.string(),
          allowed: z.array(z.string()).optional(),
        }),
      )
      .optional()
      .describe('Every invalid parameter, when there is more than one.'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/**
 * What was wrong: English words, or the words in the locale of the request (a catalog message, or
 * core's `describeQueryError`), chosen when the problem is answered.
 */
export type ProblemDetail = string | ((locale: LocaleId) => string);

/** A catalog message (`problem.detail.*`) as a problem detail, in the locale of the answer. */
export const says =
  (key: string, params?: MessageParams): ProblemDetail =>
  (locale) =>
    message(locale, key, params);

export type ProblemDetails = { detail: ProblemDetail } & Partial<
  Pick<Problem, 'parameter' | 'value' | 'allowed' | 'errors'>
>;

export { PROBLEM_CONTENT_TYPE };

/**
 * The RFC 9457 body for a problem of this kind at this request, its title and detail in the
 * request's locale (`lang` if it names one of ours, else Accept-Language).
 */
export function problemBody(
  c: Context,
  kind: ProblemType,
  details: ProblemDetails,
  locale: LocaleId = requestLocale(c),
): Problem {
  const { status } = problemTypes[kind];
  const url = new URL(c.req.url);
  const requestId = c.get('requestId') as string | undefined;
  const { detail, ...rest } = details;
  return {
    type: `/problems/${kind}`,
    title: message(locale, `problem.${kind}.title`),
    status,
    detail: typeof detail === 'string' ? detail : detail(locale),
    ...rest,
    instance: url.pathname + url.search,
    ...(requestId === undefined ? {} : { requestId }),
  };
}

/**
 * Answers the request with a problem, in the request's language. Problems are about one request,
 * so they are not cached.
 */
export function problem(c: Context, kind: ProblemType, details: ProblemDetails): Response {
  const locale = requestLocale(c);
  const body = problemBody(c, kind, details, locale);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Language': locale,
  });
}

/**
 * Thrown from a handler or middleware to answer with a problem; app.onError turns it into the
 * response, so route code can stop at the first wrong thing it finds.
 */
export class ProblemError extends Error {
  constructor(
    readonly kind: Exclude<ProblemType, 'internal-error'>,
    readonly details: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof details.detail === 'string' ? details.detail : details.detail('en'));
    this.name = 'ProblemError';
  }
}
