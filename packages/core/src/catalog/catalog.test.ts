// The catalog (src/catalog) is the one place a metric, unit or topic is defined; an edition's
// report.json holds what it states, and its own wording only where its text names a thing
// differently. These checks read the files as a contributor writes them, not the joined reports.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reports } from '../reports/index.js';
import { EditionMetric, MetricCatalog } from '../schema/catalog.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const catalog = MetricCatalog.parse({
  metrics: read('./metrics.json'),
  units: read('./units.json'),
  topics: read('./topics.json'),
});
const editions = readdirSync(new URL('../reports/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => read(`../reports/${entry.name}/report.json`) as Record<string, unknown>);

describe('the catalog of metrics, units and topics', () => {
  it('is read by every shipped report, and every report folder is an edition', () => {
    expect(editions.length).toBeGreaterThan(0);
    expect(editions.map((e) => e.id).sort()).toEqual(reports.map((r) => r.id).sort());
  });

  it('defines each id once', () => {
    for (const list of [catalog.metrics, catalog.units, catalog.topics]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('an edition defines no metric, unit or topic of its own', () => {
    for (const edition of editions) {
      expect(edition, String(edition.id)).not.toHaveProperty('units');
      expect(edition, String(edition.id)).not.toHaveProperty('topics');
      for (const metric of edition.metrics as unknown[]) {
        const parsed = EditionMetric.safeParse(metric);
        expect(parsed.error?.issues ?? [], String(edition.id)).toEqual([]);
      }
    }
  });

  it("an edition's own wording is an exception, not a copy: each field differs from the catalog's", () => {
    const exceptions = editions.flatMap((edition) =>
      (edition.metrics as EditionMetric[])
        .filter((m) => m.wording !== undefined)
        .map((m) => ({ edition: edition.id, metric: m })),
    );
    // aze-2017 names civil society's referrals "NGOs" and the funding as what ATD spent.
    expect(exceptions.length).toBeGreaterThan(0);
    for (const { edition, metric } of exceptions) {
      const definition = catalog.metrics.find((m) => m.id === metric.id);
      const where = `${edition} ${metric.id}`;
      expect(definition, where).toBeDefined();
      const { translations, ...words } = metric.wording ?? {};
      for (const [field, value] of Object.entries(words)) {
        expect(value, `${where} ${field}`).not.toEqual(definition?.[field as keyof typeof words]);
      }
      for (const [locale, fields] of Object.entries(translations ?? {})) {
        for (const [field, value] of Object.entries(fields)) {
          const own = definition?.translations?.[locale]?.[field as 'label' | 'statement'];
          expect(value, `${where} ${locale} ${field}`).not.toEqual(own);
        }
      }
    }
  });

  it('has no definition that no report uses', () => {
    const used = {
      metrics: new Set(reports.flatMap((r) => r.metrics.map((m) => m.id))),
      units: new Set(reports.flatMap((r) => r.units.map((u) => u.id))),
      topics: new Set(reports.flatMap((r) => r.topics.map((t) => t.id))),
    };
    expect(catalog.metrics.filter((m) => !used.metrics.has(m.id)).map((m) => m.id)).toEqual([]);
    // A currency may come before its first figure: Georgia's lari, whose figures lie past the
    // part of the text we read.
    const unusedUnits = catalog.units.filter((u) => !used.units.has(u.id));
    expect(unusedUnits.filter((u) => u.kind !== 'money').map((u) => u.id)).toEqual([]);
    expect(catalog.topics.filter((t) => !used.topics.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it("a report's metrics carry the catalog's words, or the edition's own where it has them", () => {
    const checked = reports.flatMap((report) => {
      const edition = editions.find((e) => e.id === report.id);
      if (edition === undefined) throw new Error(`${report.id} has no report.json`);
      return report.metrics.map((metric) => {
        const stated = (edition.metrics as EditionMetric[]).find((m) => m.id === metric.id);
        const own = stated?.wording;
        const definition = catalog.metrics.find((m) => m.id === metric.id);
        expect(metric.label, `${report.id} ${metric.id}`).toBe(own?.label ?? definition?.label);
        expect(metric.statement).toBe(own?.statement ?? definition?.statement);
        expect(metric.unit).toBe(stated?.unit ?? definition?.unit);
        return metric.id;
      });
    });
    expect(checked.length).toBeGreaterThan(0);
  });
});
