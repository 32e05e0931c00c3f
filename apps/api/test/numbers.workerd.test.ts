// Runs inside workerd, whose ICU data has no Azerbaijani: Intl there claims `az` and writes it as
// English. Core's formatters, and the Worker's own answers, must still write the glossary's
// numbers: the same cases, typed once, that Node and Chromium check.
import { exports } from 'cloudflare:workers';
import { formatNumber, formatPercent, formatValue } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { formatCases, numberCases } from '../../../packages/core/test/number-cases.js';

describe('numbers in workerd', () => {
  it("core's formatters: every shared case", () => {
    expect(formatCases({ formatNumber, formatPercent, formatValue }, numberCases)).toEqual(
      numberCases.map((c) => c.expected),
    );
  });

  it("the Worker's answer in az: the manat, dollar and percent figures of its sentence", async () => {
    const res = await exports.default.fetch(
      new Request(
        'http://localhost/v1/reports/aze-2018/compare?from=2016&to=2017&lang=az&ids=funding.victim_protection',
      ),
    );
    expect(res.headers.get('Content-Language')).toBe('az');
    const body = (await res.json()) as { data: { rows: { sentence: string }[] } };
    const sentence = body.data.rows[0]?.sentence ?? '';
    expect(sentence).toContain('150.530 manat (88.030\u00a0$)');
    expect(sentence).toContain('3.470 manat (\u22122,3\u00a0%)');
    expect(sentence).toContain('154.000 manat (90.060\u00a0$)');
  });
});
