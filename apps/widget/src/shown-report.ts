import { bundledReports } from 'virtual:tip-report/bundled-reports';
import type { Topic } from '@tip-report/core';
import type { BundledReport, LinkedObservation } from './bundled-report.js';

/** A report as the widget shows it, and whether it came with the widget or live from the API. */
export interface ShownReport extends BundledReport {
  origin: 'bundled' | 'live';
}

export const bundledReportIds: readonly string[] = bundledReports.map((r) => r.id);

export function bundledReport(id: string): ShownReport | undefined {
  const report = bundledReports.find((r) => r.id === id);
  return report && { ...report, origin: 'bundled' };
}

/** The headline set when no `metrics` attribute is given: identification to NGO shelters. */
const headlineTopics: readonly Topic[] = [
  'identification',
  'referral',
  'funding',
  'shelter',
  'ngo',
];

export function headlineMetricIds(report: {
  metrics: readonly { id: string; topic: Topic }[];
}): string[] {
  return report.metrics.filter((m) => headlineTopics.includes(m.topic)).map((m) => m.id);
}

/** A link from data is followed only if it is http(s): no `javascript:` through API data. */
export function safeLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where an observation's quote can be read in the report, if its link is safe to follow. */
export const provenanceOf = (observation: LinkedObservation) => safeLink(observation.provenanceUrl);
