// The checks every report must pass, whatever it is: they run over `reports`, so a report added
// as data is checked by adding it, with no count or list here to update.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findFiguresInText, quoteStates } from '../../test/figures-in-text.js';
import { evaluateFormula } from '../../test/formula.js';
import type { Observation } from '../schema/observation.js';
import { Report } from '../schema/report.js';
import { getReport, reports } from './index.js';

const words = (source: Observation['source']) =>
  source.kind === 'quoted' ? source.quote : source.locator;
const observationsOf = (report: Report) =>
  report.metrics.flatMap((m) => m.observations.map((o) => ({ metric: m, ...o })));
const figureOf = (report: Report, metricId: string, year: number) =>
  report.metrics.find((m) => m.id === metricId)?.observations.find((o) => o.year === year)?.value;

describe.each(reports.map((r) => [r.id, r] as const))('%s', (_, report) => {
  const observations = observationsOf(report);

  it('parses with the Report schema', () => {
    expect(Report.safeParse(report).error?.issues ?? []).toEqual([]);
  });

  it('every quote stands at its offsets in the shipped text', () => {
    const spans = [
      ...observations.map((o) => o.source),
      ...report.metrics.flatMap((m) => (m.notReported ?? []).map((n) => n.source)),
      ...report.findings.map((f) => f.source),
      ...report.facts.map((f) => f.source),
    ].filter((s) => s.kind === 'quoted');
    // A quoted report with no quote to check would pass this vacuously; a cited one has none.
    expect(spans.length > 0, 'quotes to check').toBe(report.provenance === 'quoted');
    for (const span of spans) {
      expect(report.sourceText?.slice(span.start, span.end)).toBe(span.quote);
    }
  });

  it('every quote or locator states its value (as digits or as the word the text uses)', () => {
    const stated = observations.filter((o) => !o.derived);
    // Only an edition none of whose section could be read has no figure to check.
    expect(stated.length > 0, 'stated figures to check').toBe(report.coverage?.part !== 'none');
    for (const o of stated) {
      const text = words(o.source);
      if (o.all) {
        // "all victims were female" is the year's total; "all were Armenians" leaves 0 foreign.
        expect(text, `${o.metric.id} ${o.year}`).toMatch(/\ball\b/i);
        const total = figureOf(report, o.metric.parent as string, o.year);
        expect([total, 0], `${o.metric.id} ${o.year}: the total or none`).toContain(o.value);
        continue;
      }
      if (o.source.kind === 'cited' && o.source.statesValue === false) {
        // The flag marks a real gap in the locator, not a way around this check.
        expect(quoteStates(text, o.value), `${o.metric.id} ${o.year}`).toBe(false);
        continue;
      }
      expect(quoteStates(text, o.value), `${o.metric.id} ${o.year}: ${text}`).toBe(true);
      if (o.usd !== undefined) expect(quoteStates(text, o.usd), `${o.metric.id} usd`).toBe(true);
    }
    for (const fact of report.facts) {
      if (typeof fact.value === 'number')
        expect(quoteStates(words(fact.source), fact.value)).toBe(true);
      if (typeof fact.value === 'string') expect(words(fact.source)).toContain(fact.value);
    }
  });

  it('an "approximately" in the words is an approximate flag, and only there', () => {
    for (const o of observations) {
      expect(o.approximate === true, `${o.metric.id} ${o.year}`).toBe(
        /\bapproximately\b/i.test(words(o.source)),
      );
    }
  });

  it('derived values equal their formula', () => {
    for (const o of observations.filter((o) => o.derived)) {
      expect(evaluateFormula(report, o.formula as string, o.year)).toBe(o.value);
    }
  });

  it('each additive breakdown adds up in every year its parts are given', () => {
    for (const b of report.breakdowns.filter((b) => b.additive && b.total)) {
      let checked = 0;
      const flagged = new Map((b.inconsistent ?? []).map((f) => [f.year, f]));
      for (const year of b.years ?? report.years) {
        const total = figureOf(report, b.total as string, year);
        const parts = b.parts.map((p) => figureOf(report, p, year));
        if (b.years === undefined && (total === undefined || parts.includes(undefined))) continue;
        // A breakdown that names its years must have every part in each of them.
        expect(total, `${b.id} total in ${year}`).toBeDefined();
        expect(parts, `${b.id} parts in ${year}`).not.toContain(undefined);
        const sum = parts.reduce<number>((s, v) => s + (v as number), 0);
        // Only its flag exempts a year, and the flag must say what the printed parts really make.
        const flag = flagged.get(year);
        expect(sum, `${b.id} in ${year}`).toBe(flag === undefined ? total : flag.sum);
        if (flag !== undefined) expect(flag.total, `${b.id} flag in ${year}`).toBe(total);
        checked++;
      }
      expect(checked, `${b.id} is checked in some year`).toBeGreaterThan(0);
    }
  });

  it('the parts of a breakdown with a total name it as their parent (or their parent’s)', () => {
    // Girls are a part of the age-and-sex scheme through children, forced begging of the
    // exploitation scheme through forced labor (where the text writes it beside sex trafficking).
    const ancestors = (id: string): string[] => {
      const parent = report.metrics.find((m) => m.id === id)?.parent;
      return parent === undefined ? [] : [parent, ...ancestors(parent)];
    };
    for (const b of report.breakdowns.filter((b) => b.total)) {
      for (const part of b.parts) {
        expect(ancestors(part), part).toContain(b.total);
      }
    }
  });

  it('converts all its money at one dollar rate (every pair within 0.5 %, allowing for amounts written "N million")', () => {
    // An amount written "19 million" stands for anything within half a million of it: the rates
    // its pair allows run from its lowest to its highest, and one rate must fit every pair.
    const pairs = observations.filter((o) => o.usd);
    if (pairs.length < 2) return;
    const half = (o: (typeof pairs)[number]) => (o.roundedTo ?? 0) / 2;
    const lowest = pairs.map((o) => (o.value - half(o)) / (o.usd as number));
    const highest = pairs.map((o) => (o.value + half(o)) / (o.usd as number));
    expect(Math.max(...lowest) / Math.min(...highest) - 1).toBeLessThan(0.005);
  });

  it('an amount written "N million" says how it is rounded, and only such an amount', () => {
    for (const o of observations) {
      const written = words(o.source).match(/\b(\d+(?:\.(\d+))?) million\b/);
      if (written === null) {
        expect(o.roundedTo, `${o.metric.id} ${o.year}`).toBeUndefined();
        continue;
      }
      const decimals = written[2]?.length ?? 0;
      expect(o.roundedTo, `${o.metric.id} ${o.year}`).toBe(10 ** (6 - decimals));
      expect(o.value).toBe(Math.round(Number(written[1]) * 1e6));
    }
  });

  it('a money figure quoted from the text has its basis (spent, allocated) in its sentence', () => {
    for (const m of report.metrics.filter((m) => m.statement.includes('{basis}'))) {
      for (const o of m.observations) {
        if (o.source.kind !== 'quoted') continue;
        const text = report.sourceText as string;
        const sentence = text.slice(
          text.lastIndexOf('. ', o.source.start) + 1,
          text.indexOf('.', o.source.end),
        );
        expect(sentence).toContain(o.basis as string);
      }
    }
  });

  it('its tier is a fact with the words that state it (quoted, or cited from its own page)', () => {
    const tier = report.facts.find((f) => f.id === 'tier');
    expect(tier?.value).toBe(report.tier);
    const source = tier?.source;
    const words = source?.kind === 'cited' ? source.locator : source?.quote;
    expect(words).toContain(report.tier);
    if (source?.kind === 'cited') expect(source.url).toBe(report.url);
  });

  it('a year marked not reported is never also given a value', () => {
    for (const m of report.metrics) {
      const valued = new Set(m.observations.map((o) => o.year));
      for (const n of m.notReported ?? []) expect(valued.has(n.year)).toBe(false);
    }
  });
});

const shipped = reports.filter((r) => r.sourceText !== undefined);
describe.each(shipped.map((r) => [r.id, r] as const))('%s, whose text we ship', (_, report) => {
  const observations = observationsOf(report);

  it('every numeral and number word of its text is a figure, a fact, part of a finding, or a listed non-figure', () => {
    const text = report.sourceText as string;
    const quoted = <T extends { source: Observation['source'] }>(list: readonly T[]) =>
      list.filter((x) => x.source.kind === 'quoted') as (T & {
        source: { start: number; end: number };
      })[];
    const spans = [
      ...quoted(observations).map((o) => ({ ...o.source, values: [o.value, o.usd] })),
      ...quoted(report.facts).map((f) => ({ ...f.source, values: [f.value] })),
      ...report.findings.map((f) => ({ ...f.source, values: null })),
    ];
    const nonFigureSpans = report.nonFigures.flatMap((n) =>
      [...text.matchAll(new RegExp(n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
        (m) => ({ start: m.index, end: m.index + n.text.length }),
      ),
    );
    const figures = findFiguresInText(text);
    expect(figures.length).toBeGreaterThan(0);
    const unaccounted = figures.filter((f) => {
      const inside = (s: { start: number; end: number }) => s.start <= f.start && f.end <= s.end;
      if (nonFigureSpans.some(inside)) return false;
      return !spans.some(
        (s) =>
          inside(s) &&
          (s.values === null || (s.values as unknown[]).includes(f.value ?? Number.NaN)),
      );
    });
    expect(unaccounted.map((f) => `${f.text}@${f.start}`)).toEqual([]);
    for (const n of report.nonFigures) expect(text).toContain(n.text);
  });
});

describe('the data as shipped', () => {
  it('every offset is the one derived from its quote (build-data --check)', () => {
    const script = new URL('../../scripts/build-data.mjs', import.meta.url).pathname;
    expect(() => execFileSync('node', [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('is deep-frozen: a consumer cannot change a figure, a quote or the list of metrics', () => {
    const report = reports[0] as Report;
    expect(() => {
      (report.metrics[0]?.observations[0] as { value: number }).value = -1;
    }).toThrow(TypeError);
    expect(() => {
      (report.metrics as unknown[]).push({});
    }).toThrow(TypeError);
    expect(getReport(report.id)?.metrics[0]?.observations[0]?.value).not.toBe(-1);
  });
});
