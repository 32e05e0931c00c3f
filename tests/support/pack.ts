import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../../', import.meta.url).pathname;

/** `pnpm pack` of a workspace package (by its folder) into a fresh temporary folder. */
export function packWorkspacePackage(folder: string): { tarball: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tip-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dir], {
    cwd: join(repo, folder),
    stdio: 'pipe',
  });
  const packed = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!packed) throw new Error(`pnpm pack made no tarball for ${folder}`);
  return { tarball: join(dir, packed), dir };
}
