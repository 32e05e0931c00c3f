// The Cloudflare Workers entry: the same app as Node, built once per isolate.
import { createApp } from './app.js';

export default createApp();
