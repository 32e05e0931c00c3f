import type { Unit } from '@tip-report/core/data';
import type { BundledSource } from './bundled-data.js';
import type { ShownMetric } from './figures.js';

/** What every view is given by the live widget: the metric in focus and the room to draw in. */
export interface ViewProps {
  /** The report or series, its words in the widget's language. */
  source: BundledSource;
  metric: ShownMetric;
  unit: Unit | undefined;
  /** The BCP 47 tag that formats numbers; its language gives the words. */
  locale: string;
  /** The stage's size in CSS pixels: what the chart fills. */
  width: number;
  height: number;
}
