import { onCleanup } from 'solid-js';
import { render } from 'solid-js/web';
import { ComparisonView } from './comparison-view.js';
import { pageLocaleOf } from './page-context.js';
import { adoptStyles } from './styles.js';
import type { WidgetAttributes } from './widget-options.js';

export type TipComparisonProps = WidgetAttributes;

/**
 * The widget as a Solid component, for Solid apps: `<TipComparison report="aze-2018" from="2016"
 * to="2017" />`. It renders into its own shadow root, so its styles and the app's stay apart, as
 * they do for the <tip-comparison> element.
 */
export function TipComparison(props: TipComparisonProps) {
  return (
    <div
      class="tip-comparison"
      ref={(host: HTMLDivElement) => {
        const root = host.attachShadow({ mode: 'open' });
        adoptStyles(root);
        const dispose = render(
          () => (
            <ComparisonView {...props} pageLocale={pageLocaleOf(host)} pageUrl={document.baseURI} />
          ),
          root,
        );
        onCleanup(dispose);
      }}
    />
  );
}
