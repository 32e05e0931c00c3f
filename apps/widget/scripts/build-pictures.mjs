// Draws every picture of a chart at build time (issue 15, "a picture without script"): for each
// series' trend and each report's compare of every pair of its years (earlier first), each metric
// with a figure, each of core's languages and each of the widget's themes,
// dist/pictures/series/<id>/<metric>/<lang>-<theme>.svg and
// dist/pictures/reports/<id>/<metric>/<from>-<to>/<lang>-<theme>.svg
// (dist/chart-svg.js: the widget's own chart components) and .png (that SVG at 2×, by resvg, with
// Noto Sans from npm, so the PNG does not depend on the machine's fonts). dist/pictures.json says
// what was drawn and how (sizes, themes, languages, the widget's fixed heights), so the API serves
// and describes the pictures from the build's output without importing the widget's code.
//
// PICTURES_PNG=none skips the PNGs (a quick local build); the default draws them all.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { localeIds, reports, series } from '@tip-report/core';

const require = createRequire(import.meta.url);
const dist = new URL('../dist/', import.meta.url);
const {
  renderChartSvg,
  renderCountriesSvg,
  countryPictureSeries,
  pictureMetricIds,
  pictureThemes,
  pictureSize,
  pictureFontFamily,
  pictureYearPairs,
  widgetLayout,
} = await import(new URL('chart-svg.js', dist).href);

/** PNGs are drawn at twice the CSS size, for screens of 2 device pixels per CSS pixel. */
const SCALE = 2;
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const font = {
  loadSystemFonts: false,
  // The weights and style the picture's CSS asks for: 400, bold (600 and 700 draw as 700), italic.
  fontFiles: [
    '400Regular/NotoSans_400Regular.ttf',
    '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    '700Bold/NotoSans_700Bold.ttf',
  ].map((file) => join(fontDir, file)),
  defaultFontFamily: pictureFontFamily,
};
const drawPng = process.env.PICTURES_PNG !== 'none';

const started = performance.now();
// A series' picture is its trend (no years to choose); a report's, one per pair of its years.
const subjects = [
  ...series.map((s) => ({ kind: 'series', id: s.id, options: { series: s.id }, pairs: [[]] })),
  ...reports.map((r) => ({
    kind: 'reports',
    id: r.id,
    options: { report: r.id },
    pairs: pictureYearPairs(r.years),
  })),
];
const yearPairs = {};
const pictures = {};
let svgs = 0;
let pngs = 0;
let svgBytes = 0;
let pngBytes = 0;
// resvg's renderAsync draws on libuv's thread pool: as many at once as there are cores, while
// this thread goes on writing SVG (drawn one by one: Solid's server renderer is synchronous).
const drawing = new Set();
const cores = availableParallelism();
async function drawPngOf(svg, file) {
  const png = (
    await renderAsync(svg, { font, fitTo: { mode: 'width', value: pictureSize.width * SCALE } })
  ).asPng();
  await writeFile(file, png);
  pngs += 1;
  pngBytes += png.length;
}
/**
 * Writes one picture's SVG and starts its PNG on the pool (at most one a core at once), for the
 * charts and the country comparisons alike.
 */
async function keep(svg, folder, name) {
  await writeFile(new URL(`${name}.svg`, folder), svg);
  svgs += 1;
  svgBytes += Buffer.byteLength(svg);
  if (!drawPng) return;
  if (drawing.size >= cores) await Promise.race(drawing);
  const job = drawPngOf(svg, new URL(`${name}.png`, folder)).finally(() => drawing.delete(job));
  drawing.add(job);
}

for (const { kind, id, options, pairs } of subjects) {
  const metrics = pictureMetricIds(options);
  pictures[`${kind}/${id}`] = metrics;
  if (kind === 'reports') yearPairs[id] = pairs;
  for (const metric of metrics) {
    for (const [from, to] of pairs) {
      const years = from === undefined ? '' : `${from}-${to}/`;
      const folder = new URL(`pictures/${kind}/${id}/${metric}/${years}`, dist);
      await mkdir(folder, { recursive: true });
      for (const lang of localeIds) {
        for (const theme of pictureThemes) {
          const svg = await renderChartSvg({
            ...options,
            metric,
            from,
            to,
            lang,
            theme,
            ...pictureSize,
          });
          await keep(svg, folder, `${lang}-${theme}`);
        }
      }
    }
  }
}
// The country comparison (issue 17): every metric at least two series share, across every series
// that has it (the API's default set), dist/pictures/metrics/<metric>/<lang>-<theme>.svg|png.
const countries = countryPictureSeries();
for (const [metric, seriesIds] of Object.entries(countries)) {
  const folder = new URL(`pictures/metrics/${metric}/`, dist);
  await mkdir(folder, { recursive: true });
  for (const lang of localeIds) {
    for (const theme of pictureThemes) {
      const svg = await renderCountriesSvg({
        metric,
        series: seriesIds,
        lang,
        theme,
        ...pictureSize,
      });
      await keep(svg, folder, `${lang}-${theme}`);
    }
  }
}
await Promise.all(drawing);

await writeFile(
  new URL('pictures.json', dist),
  `${JSON.stringify(
    {
      path: 'pictures/series/{id}/{metric}/{lang}-{theme}.{format}',
      reportPath: 'pictures/reports/{id}/{metric}/{from}-{to}/{lang}-{theme}.{format}',
      width: pictureSize.width,
      height: pictureSize.height,
      scale: SCALE,
      formats: drawPng ? ['svg', 'png'] : ['svg'],
      languages: localeIds,
      themes: pictureThemes,
      fontFamily: pictureFontFamily,
      widgetLayout,
      pictures,
      // report id → the pairs of years its compare pictures are drawn for, earlier first.
      yearPairs,
      // metric id → the series its country comparison compares (every series with the metric).
      countries,
    },
    null,
    2,
  )}\n`,
);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `dist/pictures: ${svgs} SVG (${mb(svgBytes)}), ${pngs} PNG (${mb(pngBytes)}) for ${subjects.length} reports and series and ${Object.keys(countries).length} country comparisons in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
