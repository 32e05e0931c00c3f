import { Metric, provenanceUrl, ReportMetadata, SeriesMetric, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { bundledSeriesOf } from '../build/bundled-reports-plugin.js';
import { coreReport } from '../test/report.js';
import { liveReportFrom, liveSeriesFrom } from './live-report.js';
import { safeLink } from './shown-report.js';

// The two bodies the API sends (contract): core's metadata, and core's metrics with a link each.
const reportBody = () => ({
  data: {
    ...structuredClone(ReportMetadata.parse(coreReport)),
    units: structuredClone(coreReport.units),
    topics: structuredClone(coreReport.topics),
  },
});
type Body = ReturnType<typeof metricsBody>;
const first = (m: Body) =>
  (m.data[0] as Body['data'][number]).observations[0] as Record<string, unknown>;
const metricsBody = () => ({
  data: coreReport.metrics.map((m) => ({
    ...structuredClone(m),
    observations: m.observations.map((o) => ({
      ...structuredClone(o),
      provenanceUrl: provenanceUrl(coreReport, o.source),
    })),
  })),
});

describe('the live-data check (no zod in the browser) agrees with core’s schema', () => {
  it('accepts what the API sends, and every metric it accepts core’s Metric accepts', () => {
    const report = liveReportFrom(reportBody(), metricsBody());
    if (typeof report === 'string') throw new Error(report);
    expect(report.origin).toBe('live');
    expect(report.metrics.map((m) => Metric.parse(m).id)).toEqual(
      coreReport.metrics.map((m) => m.id),
    );
  });

  const breakages: [
    string,
    (r: ReturnType<typeof reportBody>, m: ReturnType<typeof metricsBody>) => void,
  ][] = [
    ['years missing', (r) => delete (r.data as Partial<typeof r.data>).years],
    [
      'a value that is text',
      (_, m) => ((m.data[0]?.observations[0] as { value: unknown }).value = '71'),
    ],
    ['a negative value', (_, m) => ((m.data[0]?.observations[0] as { value: number }).value = -1)],
    ['an unknown unit', (_, m) => ((m.data[0] as { unit: string }).unit = 'euros')],
    ['no units', (r) => delete (r.data as { units?: unknown }).units],
    [
      'a year the report lacks',
      (_, m) => ((m.data[0]?.observations[0] as { year: number }).year = 1999),
    ],
    ['no quote', (_, m) => delete (first(m).source as { quote?: string }).quote],
    ['no provenance link', (_, m) => delete first(m).provenanceUrl],
    [
      'a statement without {value}',
      (_, m) => ((m.data[0] as { statement: string }).statement = 'x'),
    ],
    ['published not YYYY-MM', (r) => ((r.data as { published: string }).published = 'June')],
  ];
  for (const [name, breakIt] of breakages) {
    it(`rejects ${name}, as core's schema does`, () => {
      const r = reportBody();
      const m = metricsBody();
      breakIt(r, m);
      expect(typeof liveReportFrom(r, m)).toBe('string');
      const units = (r.data as { units?: { id: string }[] }).units ?? [];
      const schemaAccepts =
        ReportMetadata.safeParse(r.data).success &&
        units.length > 0 &&
        m.data.every(
          (metric) => Metric.safeParse(metric).success && units.some((u) => u.id === metric.unit),
        );
      // provenanceUrl is the API's addition, not core's; a metric's unit is checked against the
      // report's units (core's Report schema does that); everything else core rejects too.
      if (name !== 'no provenance link' && name !== 'a year the report lacks') {
        expect(schemaAccepts).toBe(false);
      }
    });
  }
});

describe('links from data', () => {
  it('only http(s) is a link', () => {
    expect(safeLink('https://www.state.gov/x#:~:text=a')).toBe('https://www.state.gov/x#:~:text=a');
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('data:text/html,<script>')).toBeUndefined();
    expect(safeLink('/relative')).toBeUndefined();
    expect(safeLink(42)).toBeUndefined();
  });
});

describe('the live-series check agrees with core’s series schema', () => {
  const core = series[0] as (typeof series)[number];
  const twin = bundledSeriesOf().find((s) => s.id === core.id);
  if (!twin) throw new Error('the series is bundled');
  const bodies = () => {
    const { metrics, ...detail } = structuredClone(core);
    return {
      detail: { data: { ...detail, metricIds: metrics.map((m) => m.id) } },
      metrics: { data: metrics },
    };
  };

  it('accepts what the API sends; each edition is cited from the bundled twin', () => {
    const { detail, metrics } = bodies();
    const shown = liveSeriesFrom(detail, metrics, twin);
    if (typeof shown === 'string') throw new Error(shown);
    expect(shown.origin).toBe('live');
    expect(shown.metrics.map((m) => SeriesMetric.parse(m).id)).toEqual(
      core.metrics.map((m) => m.id),
    );
    expect(shown.reports.map((r) => r.id)).toEqual(core.editions.map((e) => e.reportId));
  });

  const breakages: [string, (b: ReturnType<typeof bodies>) => void][] = [
    ['no points', (b) => delete (b.metrics.data[0] as { points?: unknown }).points],
    [
      'a point value that is text',
      (b) => ((b.metrics.data[0]?.points[0] as { value: unknown }).value = '63'),
    ],
    [
      'a point with no statements',
      (b) => ((b.metrics.data[0]?.points[0] as { statements: unknown[] }).statements = []),
    ],
    ['an unknown unit', (b) => ((b.metrics.data[0] as { unit: string }).unit = 'euros')],
    [
      'an edition the widget cannot cite',
      (b) => ((b.detail.data.editions[0] as { reportId: string }).reportId = 'aze-1999'),
    ],
    ['another series', (b) => ((b.detail.data as { id: string }).id = 'fra-protection')],
  ];
  for (const [name, breakIt] of breakages) {
    it(`rejects ${name}`, () => {
      const b = bodies();
      breakIt(b);
      expect(typeof liveSeriesFrom(b.detail, b.metrics, twin)).toBe('string');
    });
  }
});
