import { cleanup } from '@solidjs/testing-library';
import { type Comparison, compare, getReport, type Report } from '@tip-report/core';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';
import { headlineMetricIds } from './shown-report.js';

/** The bundled report as core has it: tests take their expected figures from here. */
export const coreReport = getReport('aze-2018') as Report;

/** Core's comparison of the headline set, the one the widget shows by default. */
export function coreComparison(from = 2016, to = 2017, ids?: string[]): Comparison {
  return compare(coreReport, from, to, ids ?? headlineMetricIds(coreReport));
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
