// Pieces of OpenAPI `responses` every route shares, so the document says the same thing
// everywhere the behaviour is the same.
import { z } from '@hono/zod-openapi';
import { localeIds } from '@tip-report/core';
import { CSV_TYPE } from './content-types.js';
import { PROBLEM_CONTENT_TYPE, Problem } from './problem.js';

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: Problem } };

const problemDescriptions = {
  400: 'A query parameter is invalid: `parameter` names it and `allowed` lists what may be sent.',
  404: 'No such report, series or metric (`allowed` lists the ids that exist), or, at `/source`, a report whose text we do not ship.',
} as const;

/** One problem+json response, for a status only some routes answer. */
export const problemResponse = (description: string) => ({ description, content: problemContent });

/**
 * The error responses of a route: the ones given, and always 405 (any method but GET, HEAD and
 * OPTIONS), every one RFC 9457 problem+json.
 */
export function problemResponses<const S extends readonly (400 | 404)[]>(...statuses: S) {
  const listed = Object.fromEntries(
    statuses.map((s) => [s, { description: problemDescriptions[s], content: problemContent }]),
  ) as Record<S[number], { description: string; content: typeof problemContent }>;
  return {
    ...listed,
    405: {
      description: 'Only GET, HEAD and OPTIONS are answered; the `Allow` header lists them.',
      headers: { Allow: { schema: { type: 'string' as const, example: 'GET, HEAD, OPTIONS' } } },
      content: problemContent,
    },
  };
}

/**
 * The headers of every 200: a strong ETag (send it back in If-None-Match for a 304), caching.
 * ETag and Cache-Control are on every 200 and every 304, so they are `required`: a validating
 * proxy (Prism) then checks they are there.
 */
export const okHeaders = {
  ETag: {
    description: 'A strong validator of the body; `If-None-Match` with it answers 304.',
    required: true,
    schema: { type: 'string' as const },
  },
  'Cache-Control': {
    description:
      'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800 (no-store on /healthz).',
    required: true,
    schema: { type: 'string' as const },
  },
  'X-Request-Id': {
    description: 'The request id: the one sent, if it was a safe token, or a new UUID.',
    schema: { type: 'string' as const },
  },
  Vary: {
    description:
      'Accept-Encoding on an answer of 1 KB or more (compressed where the client accepts it).',
    schema: { type: 'string' as const },
  },
};

export const contentLanguage = {
  'Content-Language': {
    description:
      'The language of the labels and sentences: `lang` if sent, else the one Accept-Language selects, else en.',
    schema: { type: 'string' as const, enum: [...localeIds] },
  },
};

/** …and of a 200 whose words are in the language `lang` or Accept-Language chose. */
export const localizedHeaders = {
  ...okHeaders,
  ...contentLanguage,
  Vary: {
    description:
      'Accept-Language, when no `lang` is sent (the header then chose the language); Accept-Encoding, where the answer is compressed.',
    schema: { type: 'string' as const },
  },
};

/** The links of an answer that has a JSON and a CSV form. */
const link = {
  Link: {
    description:
      'rel="cite-as": each report the figures come from. On JSON, rel="alternate"; type="text/csv": the same resource as CSV. On CSV, rel="alternate"; type="application/json", and rel="describedby"; type="application/csvm+json": the W3C CSVW table schema of its columns (`/v1/csvw/{kind}`).',
    schema: { type: 'string' as const },
  },
};

/** …and of a 200 whose body depends on Accept (JSON or CSV). */
export const negotiatedHeaders = {
  ...okHeaders,
  ...link,
  Vary: { description: 'Accept.', schema: { type: 'string' as const } },
};

/** …and of a 200 whose body depends on Accept (JSON or CSV) and on the language. */
export const negotiatedLocalizedHeaders = {
  ...okHeaders,
  ...link,
  ...contentLanguage,
  Vary: {
    description:
      'Accept, Accept-Language (Accept only when `lang` is sent); Accept-Encoding, where the answer is compressed.',
    schema: { type: 'string' as const },
  },
};

/** The two bodies of a route that answers JSON or, by `format=csv` or `Accept`, CSV. */
export const negotiatedContent = <S extends z.ZodType>(json: S) => ({
  'application/json': { schema: json },
  [CSV_TYPE]: {
    schema: z.string().meta({
      description:
        'RFC 4180 CSV, UTF-8 without a byte-order mark, with a header row; an empty field is null. Its columns and their types: the table schema its `Link: rel="describedby"` names.',
    }),
  },
});

/** The headers a 304 keeps (app.ts: RFC 9110 15.4.5's list, the request id and CORS). */
const notModifiedHeaders = {
  ETag: okHeaders.ETag,
  'Cache-Control': okHeaders['Cache-Control'],
  Vary: {
    description:
      'What the 200 would vary on (Accept, Accept-Language, Accept-Encoding, as they apply here).',
    schema: { type: 'string' as const },
  },
  'X-Request-Id': okHeaders['X-Request-Id'],
};

const notModified = {
  description:
    'Not Modified: `If-None-Match` named the current ETag of this answer. No body; the validator and caching headers (ETag, Cache-Control, Vary) the 200 would have, and the CORS headers.',
  headers: notModifiedHeaders,
};

/** A problem answer as it appears in the document (Problem is a component, by its meta id). */
const problemAnswer = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

interface DocumentOperation {
  parameters?: readonly { in?: string }[];
  responses?: Record<string, { description?: string; headers?: Record<string, unknown> }>;
}

/**
 * Declares, on every operation of the generated document, what app.ts's middleware answers
 * whatever the route: a 304 where the 200 sends an ETag (the etag middleware), a 400 where the
 * operation takes a query parameter (zod-openapi's validation, through the default hook), and a
 * 500 (onError, for a bug). Derived from the document itself, in this one place, so no route can
 * forget them and none declares one it cannot answer. A route's own declaration of a status wins.
 */
export function withAppResponses<D>(document: D): D {
  const paths = (document as { paths?: Record<string, Record<string, DocumentOperation>> }).paths;
  for (const item of Object.values(paths ?? {})) {
    for (const operation of Object.values(item)) {
      const responses = operation.responses;
      if (responses === undefined) continue;
      if (responses['200']?.headers?.ETag !== undefined) responses['304'] ??= notModified;
      if (operation.parameters?.some((p) => p.in === 'query')) {
        responses['400'] ??= problemAnswer(problemDescriptions[400]);
      }
      responses['500'] ??= problemAnswer(
        'The server failed: a bug, never caused by what was sent. `requestId` finds it in the logs.',
      );
    }
  }
  return document;
}
