import { describe, expect, it } from 'vitest';
import { getReport } from '../reports/index.js';
import { Report } from './report.js';

const original = getReport('aze-2018') as Report;
// A mutable deep copy to break on purpose.
const copy = (): Report => structuredClone(original) as Report;

function issuesOf(candidate: unknown) {
  const result = Report.safeParse(candidate);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('the Report schema rejects a malformed report and names the field', () => {
  it('a value of the wrong type', () => {
    const bad = copy() as unknown as { metrics: { observations: { value: unknown }[] }[] };
    (bad.metrics[0] as { observations: { value: unknown }[] }).observations[0] = {
      ...(bad.metrics[0]?.observations[0] as object),
      value: '71',
    };
    expect(issuesOf(bad)).toContainEqual(
      expect.objectContaining({ path: 'metrics.0.observations.0.value' }),
    );
  });

  it('a missing quote', () => {
    const bad = copy();
    const source = bad.metrics[2]?.observations[1]?.source as { quote?: string };
    delete source.quote;
    expect(issuesOf(bad)).toContainEqual(
      expect.objectContaining({ path: 'metrics.2.observations.1.source.quote' }),
    );
  });

  it('offsets off by one', () => {
    const bad = copy();
    const source = bad.findings[3]?.source as { start: number; end: number };
    source.start += 1;
    source.end += 1;
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({
      path: 'findings.3.source',
      message: expect.stringMatching(/^quote does not stand at \d+\.\.\d+ of the source text/),
    });
  });

  it('an end that does not match the quote length', () => {
    const bad = copy();
    (bad.metrics[0]?.observations[0]?.source as { end: number }).end -= 1;
    expect(issuesOf(bad)).toContainEqual({
      path: 'metrics.0.observations.0.source.end',
      message: 'end - start must equal the length of quote',
    });
  });

  it('a derived value without its formula', () => {
    const bad = copy();
    const derived = bad.metrics
      .flatMap((m, i) => m.observations.map((o, j) => ({ o, i, j })))
      .find((x) => x.o.derived);
    if (!derived) throw new Error('the report has derived values');
    delete (derived.o as { formula?: string }).formula;
    expect(issuesOf(bad)).toContainEqual(
      expect.objectContaining({ path: `metrics.${derived.i}.observations.${derived.j}.formula` }),
    );
  });

  it('a formula or parent naming a metric that does not exist', () => {
    const bad = copy();
    (bad.metrics[1] as { parent?: string }).parent = 'victims.found';
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ path: 'metrics.1.parent' }));
  });

  it('an observation in a year the report does not cover', () => {
    const bad = copy();
    (bad.metrics[0]?.observations[0] as { year: number }).year = 2015;
    expect(issuesOf(bad)).toContainEqual({
      path: 'metrics.0.observations.0.year',
      message: "2015 is not one of the report's years (2016, 2017)",
    });
  });

  it('two observations of one metric in the same year', () => {
    const bad = copy();
    const [a, b] = bad.metrics[0]?.observations ?? [];
    (b as { year: number }).year = (a as { year: number }).year;
    expect(issuesOf(bad)).toContainEqual(
      expect.objectContaining({ path: 'metrics.0.observations' }),
    );
  });

  it('an unknown topic or stance', () => {
    const bad = copy();
    (bad.findings[0] as { stance: string }).stance = 'glowing';
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ path: 'findings.0.stance' }));
    // Refinements (ids that must exist) run only on an otherwise well-formed report.
    const unknownTopic = copy();
    (unknownTopic.findings[1] as { topic: string }).topic = 'gossip';
    expect(issuesOf(unknownTopic)).toContainEqual(
      expect.objectContaining({
        path: 'findings.1.topic',
        message: expect.stringMatching(/^unknown topic gossip; the report has identification/),
      }),
    );
  });

  it('a unit the report does not define', () => {
    const bad = copy();
    (bad.metrics[0] as { unit: string }).unit = 'EUR';
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ path: 'metrics.0.unit' }));
  });

  it('a quote in a report that ships no text, and a cited figure in one that does', () => {
    const noText = copy() as { sourceText?: string };
    delete noText.sourceText;
    expect(issuesOf(noText)).toContainEqual(expect.objectContaining({ path: 'provenance' }));
    const bad = copy();
    (bad.metrics[0]?.observations as unknown[])[0] = {
      year: 2017,
      value: 71,
      source: { kind: 'cited', url: bad.url, locator: 'identified 71 trafficking victims' },
    };
    expect(issuesOf(bad)).toContainEqual({
      path: 'metrics.0.observations.0.source',
      message: 'this report quotes its text',
    });
  });

  it('a year marked both not reported and observed', () => {
    const bad = copy();
    (bad.metrics[0] as { notReported?: unknown[] }).notReported = [
      { year: 2017, source: bad.metrics[0]?.observations[0]?.source },
    ];
    expect(issuesOf(bad)).toContainEqual(
      expect.objectContaining({ path: 'metrics.0.observations' }),
    );
  });
});
