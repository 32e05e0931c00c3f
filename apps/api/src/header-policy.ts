// Which security headers each kind of answer gets. HTML pages get hono's full secureHeaders set;
// data (JSON, CSV, JS, CSS) gets only what matters for a resource that is never rendered (OWASP's
// REST set), defined in src/security-headers.json, which the build script also writes into the
// static files' `_headers` for Cloudflare.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { SVG_TYPE } from './content-types.js';
import policy from './security-headers.json' with { type: 'json' };

/** Public data: browsers keep it 5 minutes, shared caches a day, and may serve it stale a week. */
export const PUBLIC_CACHE = policy.cacheControl;

/** The security headers of every non-HTML answer. */
export const DATA_HEADERS: Readonly<Record<string, string>> = policy.data;

/** The CORS headers of every GET/HEAD answer (preflights are answered by hono's cors). */
export const CORS_HEADERS: Readonly<Record<string, string>> = policy.cors;

/**
 * The security headers of a non-HTML answer of this type. A picture of a chart (SVG) keeps its
 * colours and font in its own <style>: opened on its own, it is a document, and `default-src
 * 'none'` would strip them; it still runs nothing and loads nothing.
 */
export function dataHeadersFor(type: string | null): Readonly<Record<string, string>> {
  return type?.startsWith(SVG_TYPE)
    ? { ...DATA_HEADERS, 'Content-Security-Policy': policy.svgContentSecurityPolicy }
    : DATA_HEADERS;
}

export const CORS_EXPOSED = policy.cors['Access-Control-Expose-Headers'].split(',');

const dataHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  const policy = dataHeadersFor(headers.get('Content-Type'));
  for (const name in policy) headers.set(name, policy[name] as string);
};

// The landing page and the reference load scripts and styles from this origin only. Swagger UI
// sets inline style attributes, hence 'unsafe-inline' for styles (never for scripts).
const pageHeaders = secureHeaders({
  crossOriginResourcePolicy: 'cross-origin',
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    styleSrc: ["'self'", "'unsafe-inline'"],
    frameAncestors: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
});
// The iframe page: any site may frame it (no X-Frame-Options; frame-ancestors *).
const embedHeaders = secureHeaders({
  crossOriginResourcePolicy: 'cross-origin',
  xFrameOptions: false,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", 'https:'],
    frameAncestors: ['*'],
    baseUri: ["'none'"],
  },
});

/** The HTML pages, by path: everything else is data. */
const PAGES: Record<string, MiddlewareHandler> = {
  '/': pageHeaders,
  '/docs': pageHeaders,
  '/embed': embedHeaders,
};

export const securityHeaders: MiddlewareHandler = (c, next) =>
  (PAGES[c.req.path] ?? dataHeaders)(c, next);
