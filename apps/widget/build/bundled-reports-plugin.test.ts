// @vitest-environment node
import { provenanceUrl, reports } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { bundledReportsOf } from './bundled-reports-plugin.js';

describe('the data bundled into the widget', () => {
  it('is core’s metadata and metrics, each observation with core’s provenance link', () => {
    const bundled = bundledReportsOf();
    expect(bundled.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    for (const [i, report] of reports.entries()) {
      const b = bundled[i];
      expect(b?.url).toBe(report.url);
      expect(b?.years).toEqual(report.years);
      expect(b?.metrics.map(({ observations, ...m }) => m)).toEqual(
        report.metrics.map(({ observations, ...m }) => m),
      );
      for (const [j, metric] of report.metrics.entries()) {
        expect(b?.metrics[j]?.observations).toEqual(
          metric.observations.map((o) => ({
            ...o,
            provenanceUrl: provenanceUrl(report, o.source),
          })),
        );
      }
    }
  });

  it('leaves out the source text, findings and organisations (bytes the widget does not show)', () => {
    const json = JSON.stringify(bundledReportsOf());
    expect(json).not.toContain('"sourceText"');
    expect(json).not.toContain('"findings"');
    expect(json).not.toContain('"organisations"');
  });

  it('is validated by core’s schema at build time: a broken report fails the build', () => {
    const broken = structuredClone(reports[0]) as unknown as {
      metrics: { observations: { value: unknown }[] }[];
    };
    (broken.metrics[0]?.observations[0] as { value: unknown }).value = 'seventy-one';
    expect(() => bundledReportsOf([broken])).toThrow(/value/);
  });
});
