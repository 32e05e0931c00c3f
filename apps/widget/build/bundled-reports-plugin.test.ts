// @vitest-environment node
import { linkMetric, reports, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { bundledReportsOf, bundledSeriesOf } from './bundled-reports-plugin.js';

describe('the data bundled into the widget', () => {
  it('is core’s metadata, units, topics and linked metrics (less descriptions), with core’s headline set', () => {
    const bundled = bundledReportsOf();
    expect(bundled.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    for (const [i, report] of reports.entries()) {
      const b = bundled[i];
      expect(b?.url).toBe(report.url);
      expect(b?.years).toEqual(report.years);
      expect(b?.units).toEqual(report.units);
      expect(b?.topics).toEqual(report.topics);
      expect(b?.metrics).toEqual(
        report.metrics.map((m) => {
          const { description: _, ...linked } = linkMetric(report, m);
          return linked;
        }),
      );
      const headline = new Set(report.topics.filter((t) => t.headline).map((t) => t.id));
      expect(b?.headline).toEqual(
        report.metrics.filter((m) => headline.has(m.topic)).map((m) => m.id),
      );
    }
  });

  it('leaves out the source text, findings and organisations (bytes the widget does not show)', () => {
    const json = JSON.stringify(bundledReportsOf());
    expect(json).not.toContain('"sourceText"');
    expect(json).not.toContain('"findings"');
    expect(json).not.toContain('"organisations"');
  });

  it('bundles every series with each edition’s metadata to cite', () => {
    const bundled = bundledSeriesOf();
    expect(bundled.map((s) => s.id)).toEqual(series.map((s) => s.id));
    for (const s of bundled) {
      expect(s.reports.map((r) => r.id)).toEqual(s.editions.map((e) => e.reportId));
      expect(JSON.stringify(s.reports)).not.toContain('"metrics"');
    }
  });

  it('is validated by core’s schema at build time: a broken report fails the build', () => {
    // A report with a figure to break (an edition none of whose section was read has none).
    const broken = structuredClone(reports.find((r) => r.metrics.length > 0)) as unknown as {
      metrics: { observations: { value: unknown }[] }[];
    };
    (broken.metrics[0]?.observations[0] as { value: unknown }).value = 'seventy-one';
    expect(() => bundledReportsOf([broken])).toThrow(/value/);
  });
});
