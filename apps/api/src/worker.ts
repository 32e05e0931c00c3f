// The Cloudflare Workers entry: the same app as Node, built once per isolate.
import { createApp } from './app.js';
import { catalogsLoaded } from './catalogs.js';

// Resolves without I/O (the catalogs are in the bundle): allowed at the top level of a module.
await catalogsLoaded;
export default createApp();
