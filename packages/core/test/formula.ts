import type { Formula } from '../src/schema/observation.js';
import type { Report } from '../src/schema/report.js';

/** The value a derived observation's formula gives in one year, from the stated observations. */
export function evaluateFormula(report: Report, formula: Formula, year: number): number {
  let total = 0;
  for (const [, sign, metricId] of ` + ${formula}`.matchAll(/ ([+-]) ([a-z0-9_.]+)/g)) {
    const observation = report.metrics
      .find((m) => m.id === metricId)
      ?.observations.find((o) => o.year === year);
    if (observation === undefined) {
      throw new Error(`${formula}: ${metricId} has no observation in ${year}`);
    }
    total += sign === '-' ? -observation.value : observation.value;
  }
  return total;
}
