import { createApp } from '../src/app.js';
import { nodeOptions } from '../src/node.js';
import { fuzzSuite } from './fuzz-suite.js';

// The app as Node serves it (its static files on disk), and as a Worker deployed without its
// assets would run it: neither may answer anything with a 5xx.
const served = createApp({ ...nodeOptions(), reportError: () => {} });
const bare = createApp({ reportError: () => {} });
fuzzSuite('the app as Node serves it', (path, init) => served.request(path, init));
fuzzSuite('the app with no static files', (path, init) => bare.request(path, init));
