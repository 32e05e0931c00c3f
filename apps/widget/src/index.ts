/**
 * @tip-report/widget for Solid apps: the widget as a component. Pages that are not Solid apps
 * load dist/widget.js instead, which registers the <tip-comparison> element.
 */
export { TipComparisonElement } from './element/tip-comparison-element.js';
export { TipComparison, type TipComparisonProps } from './live/tip-comparison.js';
export type { WidgetAttributes } from './shared/attributes.js';
