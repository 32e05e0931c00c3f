import type { Report, Series } from '@tip-report/core';
import type { RequestIdVariables } from 'hono/request-id';
import type { AssetFetcher } from './static-files.js';

/** What middleware leaves on the context for the handlers. */
export interface AppEnv {
  /** The Worker's bindings: its static assets (wrangler.jsonc `assets`); none on Node. */
  Bindings: { ASSETS?: AssetFetcher };
  Variables: RequestIdVariables & {
    /** The report named by the `{reportId}` path parameter, once it is known to exist. */
    report: Report;
    /** The series named by the `{seriesId}` path parameter, once it is known to exist. */
    series: Series;
  };
}
