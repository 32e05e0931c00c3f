import type { Formula } from '../src/schema/observation.js';
import type { Report } from '../src/schema/report.js';

/** The value a derived observation's formula gives in one year, from the stated observations. */
export function evaluateFormula(report: Report, formula: Formula, year: number): number {
  let total = 0;
  for (const [, sign, metricId] of ` + ${formula}`.matchAll(/ ([+-]) ([a-z0-9_.]+)/g)) {
    // A figure the words state without a metric of its own (two from Tajikistan, one from Iran).
    if (/^\d+$/.test(metricId as string)) {
      total += sign === '-' ? -Number(metricId) : Number(metricId);
      continue;
    }
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
