// The Cloudflare Workers entry: the same app as Node, built once per isolate. The static files
// are the `ASSETS` binding (wrangler.jsonc); the platform compresses the dynamic answers.
import { createApp } from './app.js';

export default createApp();
