import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CslJson, citation, citationFormats, type Report, reports } from '@tip-report/core';
import { BIBTEX_TYPE, CSL_TYPE, TEXT_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { ProblemError, says } from '../problem.js';
import { findReport, reportIdParam } from '../report-lookup.js';
import {
  perSource,
  represent,
  representJson,
  send,
  sendJson,
  sendText,
} from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';

const sourceRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/source',
  operationId: 'getReportSource',
  tags: ['reports'],
  summary: 'The source text, byte for byte',
  description:
    'The text every quote and offset refers to: `text.slice(start, end) === quote` for every source span (offsets in UTF-16 code units, as JavaScript counts). Only for a report whose text we ship (`provenance: quoted`); any other report answers 404, its figures being cited from its page.',
  middleware: [findReport] as const,
  request: { params: z.object({ reportId: reportIdParam }) },
  responses: {
    200: {
      description: 'The section text as published.',
      headers: okHeaders,
      content: { [TEXT_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(404),
  },
});

const citationRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/citation',
  operationId: 'getReportCitation',
  tags: ['reports'],
  summary: 'How to cite the report: CSL-JSON, BibTeX or one line of text',
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      format: z.enum(citationFormats).optional().meta({
        description:
          'csl-json (default) for Zotero, Pandoc or citation.js; bibtex for LaTeX; text for one line to paste under a chart (the line the widget shows).',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The citation.',
      headers: okHeaders,
      content: {
        [CSL_TYPE]: { schema: CslJson },
        [BIBTEX_TYPE]: { schema: z.string() },
        [TEXT_TYPE]: { schema: z.string() },
      },
    },
    ...problemResponses(400, 404),
  },
});

export function sourceRoutes(app: OpenAPIHono<AppEnv>): void {
  // Only the reports whose text we ship have one to serve; the others cite their page.
  const quoted = reports.filter((r) => r.sourceText !== undefined);
  const text = perSource((r: Report) => represent(r.sourceText ?? '', TEXT_TYPE));
  const csl = perSource((r: Report) => representJson(citation(r, 'csl-json'), {}, CSL_TYPE));
  const bibtex = perSource((r: Report) =>
    represent(citation(r, 'bibtex'), BIBTEX_TYPE, {
      'Content-Disposition': `inline; filename="${r.id}.bib"`,
    }),
  );

  app.openapi(sourceRoute, (c) => {
    const report = c.var.report;
    if (report.sourceText === undefined) {
      throw new ProblemError('not-found', {
        detail: says('problem.detail.noSourceText', { id: report.id, url: report.url }),
        parameter: 'reportId',
        value: report.id,
        allowed: quoted.map((r) => r.id),
      });
    }
    return sendText(c, text(report));
  });
  const line = perSource((r: Report) => represent(citation(r, 'text'), TEXT_TYPE));
  app.openapi(citationRoute, (c) => {
    const { format } = c.req.valid('query');
    if (format === 'bibtex') return send(c, bibtex(c.var.report));
    if (format === 'text') return sendText(c, line(c.var.report));
    return sendJson(c, csl(c.var.report));
  });
}
