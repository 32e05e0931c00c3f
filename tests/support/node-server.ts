import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  name: string;
  origin: string;
  pid: number;
  /** Resident set size in bytes, read from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * Starts `node args…` with PORT set and waits until `readyPath` answers 200. The server runs in
 * its own process so that the load tool does not share its event loop.
 */
export async function startNodeServer(
  name: string,
  args: string[],
  options: { env?: Record<string, string>; readyPath?: string; cwd?: string } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, PORT: String(port), LOG: 'silent', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  // Generous: a loaded 2-core machine may take many seconds to start Node; the loop ends as soon
  // as the server answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${origin}${options.readyPath ?? '/healthz'}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer on ${origin} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid as number;
  return {
    name,
    origin,
    pid,
    rss() {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kb) * 1024;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** The API's built Node entry, as `pnpm start` runs it. */
export const apiEntry = new URL('../../apps/api/dist/node.js', import.meta.url).pathname;
