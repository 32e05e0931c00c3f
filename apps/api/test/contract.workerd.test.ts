// Runs inside workerd (@cloudflare/vitest-plugin, configured from wrangler.jsonc): the Worker's
// own fetch handler answers, so this is the Workers build, not the app called from Node.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { contractSuite } from './contract-suite.js';

const fetchWorker = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(new URL(path, 'http://localhost'), init));

describe('the runtime', () => {
  it('is workerd, not Node', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });
});

contractSuite('workerd, the Worker entry', fetchWorker);
