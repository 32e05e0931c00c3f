import {
  compare,
  comparisonToCsv,
  describeChange,
  describeQueryError,
  getReport,
  getSeries,
  localeIds,
  message,
  type Report,
  ReportQueryError,
  type Series,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { ResponseCache } from './response-cache.js';

const app = createApp({ cache: false });
const report = getReport('aze-2018') as Report;
const series = getSeries('aze-protection') as Series;
const compareAt = '/v1/reports/aze-2018/compare?from=2016&to=2017';

interface Row {
  metricId: string;
  unit: string;
  label: string;
  sentence: string;
}
const rowsOf = async (res: Response) => ((await res.json()) as { data: { rows: Row[] } }).data.rows;

describe('?lang and Accept-Language', () => {
  it('lang=ru says each sentence in Russian, the nouns declined for their numbers', async () => {
    const res = await app.request(`${compareAt}&lang=ru`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe('ru');
    // `lang` chose the language: the answer does not depend on Accept-Language.
    expect(res.headers.get('Vary')).toBe('Accept');
    const rows = await rowsOf(res);
    const expected = compare(report, 2016, 2017, undefined, 'ru');
    expect(rows.map((r) => r.sentence)).toEqual(
      expected.rows.map((row) => describeChange(row, expected.units, 'ru')),
    );
    const identified = rows.find((r) => r.metricId === 'victims.identified') as Row;
    expect(identified.label).toBe('Выявленные жертвы');
    expect(identified.sentence).toMatch(/^Правительство выявило 71 жертву торговли людьми/);
    // "71 жертву" above (one), "66 жертв" here (many).
    expect(rows.some((r) => r.sentence.includes('66 жертв сексуальной'))).toBe(true);
    const money = rows.find((r) => r.unit === 'AZN') as Row;
    expect(money.sentence).toContain('150\u00a0530 манатов');
    expect(money.sentence).toContain('3\u00a0470 манатов');
  });

  it('lang=az says each sentence in Azerbaijani, with no English word in it', async () => {
    const res = await app.request(`${compareAt}&lang=az`);
    expect(res.headers.get('Content-Language')).toBe('az');
    const rows = await rowsOf(res);
    expect(rows.length).toBeGreaterThan(5);
    const english =
      /\b(the|from|up|down|unchanged|government|identified|victims?|reports?|cited|spent|allocated|about|figure)\b/i;
    for (const row of rows) {
      expect(row.sentence, row.metricId).not.toMatch(english);
      expect(row.label, row.metricId).not.toMatch(english);
    }
    expect(rows[0]?.sentence).toContain('insan alveri qurbanı');
  });

  it('the series comparison and its CSV say the series notes in the language', async () => {
    const at = `/v1/series/aze-protection/compare?from=2015&to=2021`;
    const json = await rowsOf(await app.request(`${at}&lang=ru`));
    expect(json[0]?.sentence).toContain('взят из доклада 2017 года');
    const csv = await app.request(`${at}&format=csv&lang=ru`);
    expect(csv.headers.get('Content-Language')).toBe('ru');
    expect(await csv.text()).toBe(
      comparisonToCsv(compare(series, 2015, 2021, undefined, 'ru'), 'ru'),
    );
  });

  it('Accept-Language ru-RU,ru;q=0.9 answers in Russian, says so, and varies on it', async () => {
    const res = await app.request(compareAt, { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    expect(res.headers.get('Content-Language')).toBe('ru');
    expect(res.headers.get('Vary')).toBe('Accept, Accept-Language');
    const byLang = await app.request(`${compareAt}&lang=ru`);
    // One body (and ETag) per language, however it was chosen.
    expect(res.headers.get('ETag')).toBe(byLang.headers.get('ETag'));
    expect(await res.text()).toBe(await byLang.text());
  });

  it('q-values order the languages, a region falls back to its language, and else English', async () => {
    for (const [header, locale] of [
      ['de-DE, az;q=0.8, ru;q=0.9', 'ru'],
      ['az-Latn-AZ', 'az'],
      ['fr-FR, de;q=0.5', 'en'],
      ['ru;q=0', 'en'],
      ['*', 'en'],
    ] as const) {
      const res = await app.request('/v1/series/aze-protection', {
        headers: { 'Accept-Language': header },
      });
      expect(res.headers.get('Content-Language'), header).toBe(locale);
      expect(res.headers.get('Vary'), header).toBe('Accept-Language');
    }
  });

  it('without lang or Accept-Language, English with the very bytes of lang=en', async () => {
    for (const path of [
      compareAt,
      `${compareAt}&format=csv`,
      '/v1/reports/aze-2018',
      '/v1/reports/aze-2018/metrics',
      '/v1/reports/aze-2018/metrics/victims.identified',
      '/v1/series/aze-protection',
    ]) {
      const plain = await app.request(path);
      const en = await app.request(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
      expect(plain.headers.get('Content-Language'), path).toBe('en');
      expect(plain.headers.get('Vary'), path).toContain('Accept-Language');
      expect(plain.headers.get('ETag'), path).toBe(en.headers.get('ETag'));
      expect(await plain.text(), path).toBe(await en.text());
    }
  });

  it('an unknown lang is a 400 problem that lists core’s locales', async () => {
    const res = await app.request(`${compareAt}&lang=xx`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const body = (await res.json()) as { parameter: string; value: string; allowed: string[] };
    expect(body).toMatchObject({ parameter: 'lang', value: 'xx', allowed: [...localeIds] });
    expect(body.allowed).toEqual(['az', 'en', 'ru']);
  });

  it('a bad year with lang=ru is a problem whose title and detail are in Russian', async () => {
    const res = await app.request('/v1/reports/aze-2018/compare?from=2015&to=2017&lang=ru');
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Language')).toBe('ru');
    const body = (await res.json()) as { title: string; detail: string; allowed: string[] };
    let error: unknown;
    try {
      compare(report, 2015, 2017);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ReportQueryError);
    expect(body.title).toBe(message('ru', 'problem.invalid-parameter.title'));
    expect(body.title).toBe('Недопустимый параметр');
    expect(body.detail).toBe(describeQueryError(error as ReportQueryError, 'ru'));
    expect(body.detail).toMatch(/^Начальный год 2015/);
    expect(body.allowed).toEqual(['2016', '2017']);
  });

  it("the API's own problems are translated too, by lang or Accept-Language", async () => {
    const unknown = await app.request('/v1/reports/zzz-1999', {
      headers: { 'Accept-Language': 'az' },
    });
    expect(await unknown.json()).toMatchObject({
      title: message('az', 'problem.not-found.title'),
      detail: message('az', 'problem.detail.noReport', { id: '"zzz-1999"' }),
    });
    const nowhere = await app.request('/nowhere?lang=ru');
    expect(((await nowhere.json()) as { detail: string }).detail).toBe(
      'По адресу /nowhere ничего нет. Справочник API — по адресу /docs.',
    );
    const digits = await app.request('/v1/reports/aze-2018/metrics?year=soon&lang=ru');
    expect(((await digits.json()) as { detail: string }).detail).toBe(
      `year: ${message('ru', 'api.issue.year')}`,
    );
    // A bad lang cannot choose the language of its own problem: Accept-Language does.
    const bad = await app.request(`${compareAt}&lang=xx`, { headers: { 'Accept-Language': 'ru' } });
    expect(((await bad.json()) as { title: string }).title).toBe('Недопустимый параметр');
  });

  it('metrics, a metric, a report and a series carry their labels and tiers in the language', async () => {
    const metrics = (await (await app.request('/v1/reports/aze-2018/metrics?lang=az')).json()) as {
      data: { id: string; label: string; observations: { value: number }[] }[];
    };
    const identified = report.metrics.find((m) => m.id === 'victims.identified');
    const served = metrics.data.find((m) => m.id === 'victims.identified');
    expect(served?.label).toBe(identified?.translations?.az?.label?.text);
    expect(served?.observations.map((o) => o.value)).toEqual(
      identified?.observations.map((o) => o.value),
    );
    const one = (await (
      await app.request('/v1/reports/aze-2018/metrics/victims.identified?lang=ru')
    ).json()) as { data: { label: string } };
    expect(one.data.label).toBe('Выявленные жертвы');
    const detail = (await (await app.request('/v1/reports/aze-2018?lang=ru')).json()) as {
      data: { topics: { id: string; label: string }[] };
    };
    const topic = report.topics[0];
    expect(detail.data.topics[0]?.label).toBe(topic?.translations?.ru?.label?.text ?? topic?.label);
    const timeline = (await (await app.request('/v1/series/aze-protection?lang=ru')).json()) as {
      data: { editions: { tier: string; tierLabel?: string; tierChangeLabel?: string }[] };
    };
    for (const edition of timeline.data.editions) {
      expect(edition.tierLabel).toBe(message('ru', `tier.${edition.tier}`));
      expect(edition.tierLabel).toMatch(/^Уровень \d/);
    }
    expect(timeline.data.editions.slice(1).every((e) => e.tierChangeLabel)).toBe(true);
  });

  it('each language has its own ETag, and If-None-Match answers 304 for that language only', async () => {
    const tags = new Map<string, string>();
    for (const lang of localeIds) {
      const res = await app.request(`${compareAt}&lang=${lang}`);
      tags.set(lang, res.headers.get('ETag') as string);
    }
    expect(new Set(tags.values()).size).toBe(localeIds.length);
    const ru = tags.get('ru') as string;
    const notModified = await app.request(`${compareAt}&lang=ru`, {
      headers: { 'If-None-Match': ru },
    });
    expect(notModified.status).toBe(304);
    const byHeader = await app.request(compareAt, {
      headers: { 'If-None-Match': ru, 'Accept-Language': 'ru' },
    });
    expect(byHeader.status).toBe(304);
    expect(byHeader.headers.get('Vary')).toBe('Accept, Accept-Language');
    const english = await app.request(compareAt, { headers: { 'If-None-Match': ru } });
    expect(english.status).toBe(200);
    expect(english.headers.get('Content-Language')).toBe('en');
  });
});

describe('replayed answers and Accept-Language', () => {
  it('never replays Russian bytes to an English request, nor English to a Russian one', async () => {
    const cache = new ResponseCache();
    const fast = createApp({ cache });
    const english = await app.request(compareAt);
    const russian = await app.request(compareAt, { headers: { 'Accept-Language': 'ru' } });
    const [enBody, ruBody] = [await english.text(), await russian.text()];
    expect(enBody).not.toBe(ruBody);

    // Record the Russian answer at the address with no lang, then ask again in each language.
    for (let round = 0; round < 2; round++) {
      for (const [headers, body, locale] of [
        [{ 'Accept-Language': 'ru-RU,ru;q=0.9' }, ruBody, 'ru'],
        [{}, enBody, 'en'],
        [{ 'Accept-Language': 'en-US,en;q=0.9' }, enBody, 'en'],
        [{ 'Accept-Language': 'ru' }, ruBody, 'ru'],
        [{ 'Accept-Language': 'de, ru;q=0.1' }, ruBody, 'ru'],
      ] as const) {
        const res = await fast.request(compareAt, { headers });
        expect(res.headers.get('Content-Language'), JSON.stringify(headers)).toBe(locale);
        expect(await res.text(), JSON.stringify(headers)).toBe(body);
      }
    }
    const before = cache.replayed;
    await fast.request(compareAt, { headers: { 'Accept-Language': 'ru' } });
    expect(cache.replayed).toBe(before + 1);

    // A 304 recorded for Russian is not replayed to an English request with the same tag.
    const ruTag = russian.headers.get('ETag') as string;
    const ru304 = { 'If-None-Match': ruTag, 'Accept-Language': 'ru' };
    expect((await fast.request(compareAt, { headers: ru304 })).status).toBe(304);
    expect((await fast.request(compareAt, { headers: ru304 })).status).toBe(304);
    const en = await fast.request(compareAt, { headers: { 'If-None-Match': ruTag } });
    expect(en.status).toBe(200);
    expect(await en.text()).toBe(enBody);
  });
});

describe('the OpenAPI document', () => {
  it('documents lang (core’s localeIds) and Content-Language on every route that has words', async () => {
    type Operation = {
      parameters?: { name: string; schema: { enum?: string[] } }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: Operation }>;
    };
    const localized = Object.entries(doc.paths).filter(([, item]) =>
      item.get.parameters?.some((p) => p.name === 'lang'),
    );
    expect(localized.map(([path]) => path).sort()).toEqual(
      [
        '/v1/metrics/{metricId}',
        '/v1/metrics/{metricId}/chart.svg',
        '/v1/metrics/{metricId}/chart.png',
        '/v1/reports/{reportId}',
        '/v1/reports/{reportId}/compare',
        '/v1/reports/{reportId}/metrics',
        '/v1/reports/{reportId}/metrics/{metricId}',
        '/v1/series/{seriesId}',
        '/v1/series/{seriesId}/compare',
        '/v1/series/{seriesId}/metrics',
        '/v1/reports/{reportId}/metrics/{metricId}/chart.svg',
        '/v1/reports/{reportId}/metrics/{metricId}/chart.png',
        '/v1/series/{seriesId}/metrics/{metricId}/chart.svg',
        '/v1/series/{seriesId}/metrics/{metricId}/chart.png',
      ].sort(),
    );
    for (const [path, { get }] of localized) {
      const lang = get.parameters?.find((p) => p.name === 'lang');
      expect(lang?.schema.enum, path).toEqual([...localeIds]);
      expect(get.responses['200']?.headers?.['Content-Language'], path).toBeDefined();
    }
  });
});
