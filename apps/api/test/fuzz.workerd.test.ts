// Inside workerd: the Worker's own fetch handler, built from wrangler.jsonc, gets the same
// generated requests as the app in Node.
import { exports } from 'cloudflare:workers';
import { fuzzSuite } from './fuzz-suite.js';

fuzzSuite('the Worker in workerd', (path, init) => {
  let request: Request;
  try {
    // The path as the request target, as Hono's app.request does: new URL('//x', base) would
    // read it as another host.
    request = new Request(`http://localhost${path}`, init);
  } catch {
    return null; // workerd refuses the method itself: nothing reaches the Worker
  }
  return exports.default.fetch(request);
});
