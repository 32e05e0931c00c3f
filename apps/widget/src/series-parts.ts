/**
 * What only a series (or a report other than the default) needs: its data, the series view and
 * its styles. The entry loads this module with import(), so the build makes it a chunk of its
 * own beside widget.js and the default view never downloads it.
 */
import { registerEnglishRest } from './english-rest.js';

registerEnglishRest();

export { bundledSeries, otherReports } from 'virtual:tip-report/bundled-series';
export { SeriesView } from './series-view.js';
