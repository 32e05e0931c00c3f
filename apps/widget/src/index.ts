/**
 * @tip-report/widget for Solid apps: the comparison as a component. Pages that are not Solid apps
 * load dist/widget.js instead, which registers the <tip-comparison> element.
 */
export { TipComparison, type TipComparisonProps } from './tip-comparison.js';
export { TipComparisonElement } from './tip-comparison-element.js';
export type { WidgetAttributes } from './widget-options.js';
