import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, type ShownState, scriptSnippet } from './embed-snippets.js';

const home = new URL('https://edge.example/');
const trend: ShownState = {
  kind: 'series',
  id: 'some-series',
  metric: 'a.metric',
  view: 'trend',
  from: 2015,
  to: 2021,
  lang: 'az',
  theme: 'dark',
};

describe('embed snippets', () => {
  it('name the source, metric, view, language and theme; a trend names no years', () => {
    expect(scriptSnippet(home, trend)).toBe(
      '<script type="module" src="https://edge.example/widget.js"></script>\n' +
        '<tip-comparison series="some-series" metric="a.metric" view="trend" lang="az" theme="dark"></tip-comparison>',
    );
  });

  it('name the two years of a comparison, and leave an automatic theme out', () => {
    const chart = {
      ...trend,
      kind: 'report' as const,
      view: 'chart' as const,
      theme: 'auto' as const,
    };
    const url = embedUrl(home, chart);
    expect(url.pathname).toBe('/embed');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      report: 'some-series',
      metric: 'a.metric',
      view: 'chart',
      from: '2015',
      to: '2021',
      lang: 'az',
    });
  });

  it('escape what they quote, and the iframe carries no inline style', () => {
    const odd = { ...trend, metrics: 'a,"b"<' };
    expect(scriptSnippet(home, { ...odd, view: 'table' })).toContain(
      'metrics="a,&quot;b&quot;&lt;"',
    );
    const iframe = iframeSnippet(home, trend, 'A "title"', 540);
    expect(iframe).toContain('title="A &quot;title&quot;"');
    expect(iframe).toContain('height="540"');
    expect(iframe).not.toContain('style=');
    expect(iframe).toContain(
      'src="https://edge.example/embed?series=some-series&amp;metric=a.metric',
    );
  });
});
