import { deepFreeze } from '../deep-freeze.js';
import type { Report } from '../schema/report.js';
import { aze2018 } from './aze-2018/report.js';

/** Every report the package ships, oldest edition first. Adding a report adds a folder and a line. */
export const reports: readonly Report[] = deepFreeze([aze2018]);

export const reportIds: readonly string[] = deepFreeze(reports.map((r) => r.id));

/** The report with this id, or `undefined`. */
export function getReport(id: string): Report | undefined {
  return reports.find((r) => r.id === id);
}
