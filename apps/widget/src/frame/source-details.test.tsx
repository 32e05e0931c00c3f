import { render, waitFor } from '@solidjs/testing-library';
import {
  defaultReport,
  formatValue,
  getReport,
  getSeries,
  message,
  type Report,
  type Series,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import type { BundledSource } from '../shared/bundled-data.js';
import { shownMetric, unitOf } from '../shared/figures.js';
import { loadSource } from '../shared/sources.js';
import { loadLanguage, translatedSource } from '../shared/words.js';
import { SourceDetails } from './source-details.js';

// "Source" as the widget bundles its data: the words that state each figure, and what the data
// says of it besides (derived, basis, a note, other editions' statements, our gloss of the ATD).
const show = async (
  source: BundledSource,
  metricId: string,
  years: readonly number[],
  locale = 'en',
) => {
  if (locale !== 'en') await loadLanguage(locale);
  const shown = translatedSource(source, locale);
  const metric = shownMetric(shown, metricId);
  if (metric === undefined) throw new Error(`${source.id} has no ${metricId}`);
  const { container } = render(() => (
    <SourceDetails
      metric={metric}
      unit={unitOf(shown, metric.unit)}
      years={years}
      label={metric.label}
      locale={locale}
    />
  ));
  // The panel is drawn when a reader first opens it.
  expect(container.querySelector('figure')).toBeNull();
  const details = container.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await waitFor(() => expect(container.querySelector('figure')).not.toBeNull());
  return container;
};
const bundled = async (id: string) => {
  const found =
    (await loadSource('report', id)) ?? (await loadSource('series', id).catch(() => undefined));
  if (found === undefined) throw new Error(`${id} is not bundled`);
  return found;
};
const labelIn = (source: Report | Series, id: string, locale: string) => {
  const metric = source.metrics.find((m) => m.id === id);
  return locale === 'en' ? metric?.label : metric?.translations?.[locale]?.label?.text;
};

describe('Source', () => {
  it('says a derived figure is derived, naming its formula by the metrics’ labels', async () => {
    const report = defaultReport;
    const derived = report.metrics.find((m) => m.observations.some((o) => o.derived));
    const figure = derived?.observations.find((o) => o.derived);
    if (!derived || !figure) throw new Error('the default report has no derived figure');
    for (const locale of ['en', 'ru']) {
      const container = await show(await bundled(report.id), derived.id, [figure.year], locale);
      const caption = container.querySelector(`figure[data-year="${figure.year}"] figcaption`);
      // Every metric the formula names, by its label in the reader's language, never by its id.
      for (const term of figure.formula?.split(/ [+-] /) ?? []) {
        expect(caption?.textContent).toContain(labelIn(report, term, locale));
        expect(caption?.textContent).not.toContain(term);
      }
    }
  });

  it('shows a figure’s note in the reader’s language where the data translates it', async () => {
    const withNote = getReport('aze-2021') as Report;
    const metric = withNote.metrics.find((m) => m.observations.some((o) => o.note));
    const figure = metric?.observations.find((o) => o.note);
    if (!metric || !figure) throw new Error('aze-2021 has no note');
    const en = await show(await bundled(withNote.id), metric.id, [figure.year]);
    expect(en.querySelector('figcaption span[lang="en"]')?.textContent).toBe(figure.note);
    const ru = await show(await bundled(withNote.id), metric.id, [figure.year], 'ru');
    expect(ru.querySelector('figcaption')?.textContent).toContain(
      figure.translations?.ru?.note?.text,
    );
    expect(ru.querySelector('figcaption span[lang="en"]')).toBeNull();
  });

  it('lists every other edition’s statement of a restated figure, and what they disagree on', async () => {
    const series = getSeries('aze-protection') as Series;
    const metric = series.metrics.find((m) => m.points.some((p) => p.differs.length > 0));
    const point = metric?.points.find((p) => p.differs.length > 0);
    if (!metric || !point) throw new Error('the series has no disagreement');
    const container = await show(await bundled(series.id), metric.id, [point.year]);
    const items = [...container.querySelectorAll('ul.statements li')];
    expect(items.map((li) => li.getAttribute('data-report'))).toEqual(
      point.statements.slice(1).map((s) => s.reportId),
    );
    const other = point.statements[1];
    if (!other) throw new Error('no second statement');
    expect(items[0]?.textContent).toContain(
      formatValue(
        other.value,
        series.units.find((u) => u.id === metric.unit),
        {
          usd: other.usd,
          approximate: other.approximate,
        },
      ),
    );
    expect(container.querySelector('p.also')?.textContent).toContain(
      message('en', `ui.difference.${point.differs[0]}`),
    );
  });

  it('marks our name for the ATD as ours in az and ru, and says nothing of it in English', async () => {
    const report = defaultReport;
    const atd = report.organisations.find((o) => o.gloss);
    const metric = report.metrics.find((m) => m.glosses?.includes(atd?.id ?? ''));
    if (!atd || !metric) throw new Error('the default report glosses no organisation');
    const year = metric.observations[0]?.year as number;
    expect(
      (await show(await bundled(report.id), metric.id, [year])).querySelector('.gloss'),
    ).toBeNull();
    for (const locale of ['az', 'ru'] as const) {
      const gloss = (await show(await bundled(report.id), metric.id, [year], locale)).querySelector(
        `.gloss[data-gloss="${atd.id}"]`,
      );
      expect(gloss?.textContent).toContain(atd.gloss?.translations?.[locale]?.text?.text);
      expect(gloss?.textContent).toContain(atd.acronym);
    }
  });
});
