// Inside workerd: the cached answers hold to the middleware answers in the Workers runtime too
// (no compressor there: the platform compresses; static files from the ASSETS binding).
import { env } from 'cloudflare:workers';
import { responseCacheSuite } from './response-cache-suite.js';

responseCacheSuite('workerd', {}, env);
