// Made at build time by build/bundled-reports-plugin.ts from @tip-report/core.
declare module 'virtual:tip-report/bundled-reports' {
  import type { BundledReport } from './bundled-report.js';
  export const bundledReports: readonly BundledReport[];
}
