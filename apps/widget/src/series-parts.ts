/**
 * What only a series (or a report other than the default) needs: its data, the series view and
 * its styles. The entry loads this module with import(), so the build makes it a chunk of its
 * own beside widget.js and the default view never downloads it.
 */
export {
  bundledSeries,
  completeDefaultReport,
  otherReports,
} from 'virtual:tip-report/bundled-series';
// The English words only the chunks say; the entry calls it when this chunk is in.
export { registerEnglishRest } from './english-rest.js';
export { SeriesView } from './series-view.js';
