import { cleanup } from '@solidjs/testing-library';
import {
  type Comparison,
  type ComparisonRow,
  compare,
  defaultReport,
  describeChange,
  formatValue,
  headlineMetricIds,
  type Report,
} from '@tip-report/core';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

/** The bundled report as core has it: tests take their expected figures from here. */
export const coreReport: Report = defaultReport;

/** Core's comparison of the headline set, the one the widget shows by default. */
export function coreComparison(from = 2016, to = 2017, ids?: string[]): Comparison {
  return compare(coreReport, from, to, ids ?? headlineMetricIds(coreReport));
}

/** A value as the widget writes it, in the report's unit (money in its own words). */
export function valueText(
  value: number,
  unitId: string,
  usd?: number,
  locale = 'en',
  approximate?: boolean,
): string {
  const unit = coreReport.units.find((u) => u.id === unitId);
  return formatValue(value, unit, { usd, locale, approximate });
}

/** core's sentence for a row, with the report's units. */
export const sentence = (row: ComparisonRow, locale = 'en') =>
  describeChange(row, coreReport.units, locale);

/** Opens a "Source" expander as a reader does, and waits for its chunk to render. */
export async function openSource(details: HTMLDetailsElement | null | undefined): Promise<void> {
  if (!details) throw new Error('no Source expander');
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  for (let i = 0; i < 200 && details.querySelector('[data-loading]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Unmounts after each test and fails it if anything reached console.error: nothing the widget
 * does, good input or bad, may reach the host page's console.
 */
export function cleanUpAndGuardConsole(): void {
  let consoleErrors: MockInstance;
  beforeEach(() => {
    consoleErrors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    cleanup();
    expect(consoleErrors).not.toHaveBeenCalled();
    consoleErrors.mockRestore();
  });
}
