import { onCleanup } from 'solid-js';
import { render } from 'solid-js/web';
import type { WidgetAttributes } from '../shared/attributes.js';
import { pageLocaleOf } from '../shared/page-locale.js';
import { adoptStyles } from '../shared/styles.js';
import { WidgetView } from './widget-view.js';

export type TipComparisonProps = WidgetAttributes & { home?: URL };

/**
 * The widget as a Solid component, for Solid apps: `<TipComparison series="…" view="trend" />`.
 * It renders into its own shadow root, so its styles and the app's stay apart.
 */
export function TipComparison(props: TipComparisonProps) {
  return (
    <div
      class="tip-comparison"
      ref={(host: HTMLDivElement) => {
        const root = host.attachShadow({ mode: 'open' });
        adoptStyles(root);
        onCleanup(render(() => <WidgetView {...props} pageLocale={pageLocaleOf(host)} />, root));
      }}
    />
  );
}
