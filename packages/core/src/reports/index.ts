import { deepFreeze } from '../deep-freeze.js';
import type { Report } from '../schema/report.js';
import { shippedReports } from './index.generated.js';

/**
 * Every report the package ships, by country and oldest edition first. Adding a report adds a
 * folder with its report.json (and source.txt, where we ship the text); no code changes.
 */
export const reports: readonly Report[] = deepFreeze([...shippedReports]);

export const reportIds: readonly string[] = deepFreeze(reports.map((r) => r.id));

/** The report with this id, or `undefined`. */
export function getReport(id: string): Report | undefined {
  return reports.find((r) => r.id === id);
}

/**
 * The report a widget or page shows when none is named: the newest one whose text we ship, so
 * that every figure of the default view is a quote checked at its offsets.
 */
export const defaultReport: Report = (() => {
  const quoted = reports.filter((r) => r.provenance === 'quoted');
  const newest = quoted.reduce<Report | undefined>(
    (best, r) => (best === undefined || r.edition > best.edition ? r : best),
    undefined,
  );
  if (newest === undefined) throw new Error('core ships no report with its text');
  return newest;
})();
