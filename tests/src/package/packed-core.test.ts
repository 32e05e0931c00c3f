import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspacePackage } from '../../support/pack.js';

let work: string;
let tarball: string;

// The package as a stranger gets it: packed, installed outside the workspace, imported by plain
// Node ESM (no bundler, no TypeScript), with its one dependency resolved from the registry cache.
beforeAll(() => {
  ({ tarball, dir: work } = packWorkspacePackage('packages/core'));
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: app,
    stdio: 'pipe',
  });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @tip-report/core', () => {
  it('imports from a plain Node ESM script and gives the figures with their quotes', () => {
    const script = `
      import { getReport, compare, Report } from '@tip-report/core';
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      const report = getReport('aze-2018');
      const require = createRequire(import.meta.url);
      const txt = readFileSync(require.resolve('@tip-report/core/sources/aze-2018.txt'), 'utf8');
      const row = compare(report, 2016, 2017).rows.find((r) => r.metricId === 'funding.victim_protection');
      console.log(JSON.stringify({
        valid: Report.safeParse(report).success,
        sameText: txt === report.sourceText,
        row: [row.from, row.to, row.fromUsd, row.toUsd],
        quote: report.metrics[0].observations[0].source.quote,
        reports: (await import('@tip-report/core')).reports.length,
      }));
    `;
    const out = execFileSync('node', ['--input-type=module', '-e', script], {
      cwd: join(work, 'app'),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      valid: true,
      sameText: true,
      row: [154000, 150530, 90060, 88030],
      quote: 'identified 71 trafficking victims',
      reports: 18,
    });
  });

  it('ships its built files, types and source text, and not its tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/src/reports/aze-2018/source.txt');
    expect(listing).not.toMatch(/\.test\.(js|ts)/);
  });

  it('@tip-report/core/data works without zod installed at all; the full entry needs it', () => {
    const app = join(work, 'app');
    const zod = join(app, 'node_modules', 'zod');
    renameSync(zod, `${zod}-away`);
    try {
      const run = (code: string) =>
        spawnSync('node', ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' });
      const data = run(`
        import { compare, getReport } from '@tip-report/core/data';
        import { getSeries } from '@tip-report/core/data';
        const row = compare(getReport('aze-2018'), 2016, 2017).rows[0];
        const series = compare(getSeries('aze-protection'), 2015, 2021).rows[0];
        console.log(JSON.stringify([row.metricId, row.from, row.to, series.from, series.to]));
      `);
      expect(data.stderr).toBe('');
      expect(JSON.parse(data.stdout)).toEqual(['victims.identified', 70, 71, 63, 95]);
      const full = run(`import '@tip-report/core';`);
      expect(full.status).not.toBe(0);
      expect(full.stderr).toContain("Cannot find package 'zod'");
    } finally {
      renameSync(`${zod}-away`, zod);
    }
  });
});
