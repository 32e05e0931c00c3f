import type { Report, Series } from '@tip-report/core';
import type { RequestIdVariables } from 'hono/request-id';

/** What middleware leaves on the context for the handlers. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The report named by the `{reportId}` path parameter, once it is known to exist. */
    report: Report;
    /** The series named by the `{seriesId}` path parameter, once it is known to exist. */
    series: Series;
  };
}
