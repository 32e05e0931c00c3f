import { formatNumber } from '@tip-report/core/data';
import type { BundledSeries } from '../../shared/bundled-data.js';
import type { TierMark, TrendPoint } from '../../shared/chart/line-chart.js';
import { compactNumber, textWidth, wrap } from '../../shared/chart/scale.js';
import type { ShownMetric } from '../../shared/figures.js';
import { say } from '../../shared/words.js';

/** Each year of the series: the metric's figure, a gap, or a "not reported" mark. */
export function trendPoints(
  series: Pick<BundledSeries, 'years'>,
  metric: ShownMetric,
  locale: string,
  column: number,
): TrendPoint[] {
  const whole = (value: number) => formatNumber(value, locale);
  const fits = metric.figures.every((f) => textWidth(whole(f.value), 12) <= column - 4);
  return series.years.map((year) => {
    const figure = metric.figures.find((f) => f.year === year);
    if (!figure) {
      return { year, notReported: metric.notReported.some((n) => n.year === year) };
    }
    return {
      year,
      value: figure.value,
      text: fits ? whole(figure.value) : compactNumber(figure.value, locale),
      differs: (figure.differs?.length ?? 0) > 0,
    };
  });
}

/**
 * The tier of the edition covering each year, in full words (and whether a waiver kept it). It
 * reads only the years and the editions, so core's own series (the countries view) fit too.
 */
export function tiersByYear(series: Pick<BundledSeries, 'years' | 'editions'>, locale: string) {
  return series.years.flatMap((year) => {
    const edition = series.editions.find((e) => e.reportingYear === year);
    if (!edition) return [];
    const name = say(locale, `tier.${edition.tier}`);
    const waiver = edition.waiver ? say(locale, 'timeline.waiver') : undefined;
    return [{ year, edition: edition.edition, tier: edition.tier, name, waiver }];
  });
}

/**
 * The tier timeline's lines for a column `width` wide: the words, wrapped, where every year's
 * fit in three lines; else each abbreviated (the full words stay in the chart's accessible name).
 */
export function tierMarks(
  tiers: ReturnType<typeof tiersByYear>,
  width: number,
  locale: string,
): TierMark[] {
  const full = tiers.map((t) => {
    const lines = wrap(t.name, width - 4, 11);
    const waiver = t.waiver && wrap(t.waiver, width - 4, 11);
    if (!lines || (t.waiver && !waiver)) return undefined;
    return { year: t.year, lines: [...lines, ...(waiver || [])] };
  });
  if (full.every((m) => m !== undefined && m.lines.length <= 3)) return full as TierMark[];
  return tiers.map((t) => ({
    year: t.year,
    lines: [
      say(locale, `tierAbbr.${t.tier}`),
      ...(t.waiver ? [say(locale, 'tierAbbr.waiver')] : []),
    ],
  }));
}

/** "2019 report (covers 2018): Tier 2 Watch List, waiver", for each edition. */
export function tierWords(tiers: ReturnType<typeof tiersByYear>, locale: string): string[] {
  return tiers.map((t) =>
    say(locale, 'ui.editionTier', {
      edition: t.edition,
      year: t.year,
      tier: t.waiver ? `${t.name}, ${t.waiver}` : t.name,
    }),
  );
}
