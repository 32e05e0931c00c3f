import { createMiddleware } from 'hono/factory';

export type RequestLog = (line: string) => void;

/**
 * One line per request once it is answered: `GET /v1/reports 200 0.4ms`. Hono's logger middleware
 * writes two lines per request (one on arrival), so this one is ours.
 */
export const requestLog = (write: RequestLog) =>
  createMiddleware(async (c, next) => {
    const start = performance.now();
    await next();
    const url = new URL(c.req.url);
    const ms = (performance.now() - start).toFixed(1);
    write(`${c.req.method} ${url.pathname}${url.search} ${c.res.status} ${ms}ms`);
  });
