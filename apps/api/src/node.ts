// The Node entry (`pnpm start`): the app on @hono/node-server, one log line per request unless
// LOG=silent, and a clean stop on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { nodeCompressor } from './node-compression.js';
import { nodeStaticFiles } from './node-static.js';

export interface StartOptions {
  port?: number;
  hostname?: string;
  log?: ((line: string) => void) | undefined;
}

export async function start(options: StartOptions = {}) {
  const app = createApp({ ...nodeOptions(), ...(options.log ? { log: options.log } : {}) });
  return new Promise<{ port: number; close: () => Promise<void> }>((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 8787,
        ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
      },
      (info) =>
        resolve({
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Idle keep-alive sockets would hold close() open until they time out.
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            }),
        }),
    );
    server.once('error', reject);
  });
}

/** What the app needs on Node: the static files from disk, and zlib to compress answers. */
export const nodeOptions = () => ({
  assets: nodeStaticFiles(staticDirectory()),
  compressor: nodeCompressor,
});

/**
 * dist/static (scripts/build-static.mjs): beside dist/node.js when built, or from src/ in tests.
 */
export function staticDirectory(): string {
  const built = fileURLToPath(new URL('./static/', import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL('../dist/static/', import.meta.url));
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const port = Number(process.env.PORT ?? 8787);
  const silent = process.env.LOG === 'silent';
  const running = await start({
    port,
    log: silent ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  console.log(`tip-report API on http://localhost:${running.port} (docs: /docs)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
