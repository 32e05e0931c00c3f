import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { packWorkspacePackage } from '../../support/pack.js';

// What a registry user would get, checked by the tools the ecosystem uses: publint for the
// package.json, arethetypeswrong (ESM-only profile: CommonJS resolutions are out of scope).
const packages = [
  { folder: 'packages/core', assetEntrypoints: [] },
  // embed.html is an asset for servers to copy, not a module: there are no types to resolve.
  { folder: 'apps/widget', assetEntrypoints: ['./embed.html'] },
];
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(packages)('the packed $folder', ({ folder, assetEntrypoints }) => {
  const { tarball, dir } = packWorkspacePackage(folder);
  dirs.push(dir);

  it('passes publint, strict', () => {
    expect(execFileSync('publint', ['--strict', tarball], { encoding: 'utf8' })).toContain(
      'All good!',
    );
  });

  it('passes arethetypeswrong: every module entry point has types for node16 ESM and bundlers', () => {
    const args = [tarball, '--profile', 'esm-only', '--format', 'json'];
    if (assetEntrypoints.length) args.push('--exclude-entrypoints', ...assetEntrypoints);
    const run = spawnSync('attw', args, { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as {
      analysis: { problems: { kind: string; resolutionKind?: string }[]; entrypoints: object };
    };
    const ignored = new Set(['node10', 'node16-cjs']);
    const problems = report.analysis.problems.filter(
      (p) => !p.resolutionKind || !ignored.has(p.resolutionKind),
    );
    expect(problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
    expect(run.status).toBe(0);
  });
});
