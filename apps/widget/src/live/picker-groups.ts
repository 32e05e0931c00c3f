import { compare, type Figures, translated } from '@tip-report/core/data';
import type { PickerGroup } from '../frame/metric-picker.js';
import type { BundledSource } from '../shared/bundled-data.js';
import { resolveLocale, say } from '../shared/words.js';

/**
 * The picker's groups: the metrics by topic, in the data's order. Comparing two years, a metric
 * without a figure in both is not mixed in: it goes to the last group, "Only one of these years".
 */
export function pickerGroups(
  source: BundledSource,
  ids: readonly string[],
  locale: string,
  years?: { from: number; to: number },
): PickerGroup[] {
  const language = resolveLocale(locale);
  const metrics = source.metrics.filter((m) => ids.includes(m.id));
  const both = years
    ? new Set(
        compare(source as Figures, years.from, years.to, [...ids], locale).rows.map(
          (r) => r.metricId,
        ),
      )
    : undefined;
  const option = (m: (typeof metrics)[number]) => ({
    id: m.id,
    label: translated(m, 'label', m.label, language),
  });
  const groups: PickerGroup[] = source.topics.flatMap((topic) => {
    const options = metrics
      .filter((m) => m.topic === topic.id && (!both || both.has(m.id)))
      .map(option);
    return options.length
      ? [{ label: translated(topic, 'label', topic.label, language), options }]
      : [];
  });
  const rest = both ? metrics.filter((m) => !both.has(m.id)).map(option) : [];
  if (rest.length) groups.push({ label: say(locale, 'picker.oneYear'), options: rest });
  return groups;
}
