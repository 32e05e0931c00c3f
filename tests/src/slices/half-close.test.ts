import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEntry, type RunningServer, startNodeServer } from '../../support/node-server.js';

// HTTP/1.1 lets a client close its sending side once the request is out. Node then aborts any
// request still waiting on I/O, so an answer that waited on a file read was lost (the fuzzer
// found it on /widget.js and /embed, as an empty reply).
let api: RunningServer;
beforeAll(async () => {
  api = await startNodeServer('api', [apiEntry]);
});
afterAll(() => api?.stop());

function halfClosed(path: string, method = 'GET'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(api.origin).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.end(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

describe('a client that half-closes after its request', () => {
  it.each([
    ['GET', '/widget.js'],
    ['HEAD', '/widget.js'],
    ['GET', '/embed'],
    ['GET', '/docs/swagger-ui.css'],
    ['GET', '/v1/reports'],
  ])('%s %s still gets its answer', async (method, path) => {
    expect(await halfClosed(path, method)).toMatch(/^HTTP\/1\.1 200 /);
  });
});
