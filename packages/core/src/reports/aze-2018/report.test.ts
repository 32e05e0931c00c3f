import { describe, expect, it } from 'vitest';
import { Report } from '../../schema/report.js';
import { getReport } from '../index.js';

const report = getReport('aze-2018') as Report;
const observations = report.metrics.flatMap((m) =>
  m.observations.map((o) => ({ metric: m, ...o })),
);
const metric = (id: string) => report.metrics.find((m) => m.id === id);
const finding = (id: string) => report.findings.find((f) => f.id === id);

// Read by hand from source.txt, independently of report.ts: metric, year, value (and usd).
const FIGURES_READ_FROM_THE_TEXT: [string, number, number, number?][] = [
  ['victims.identified', 2017, 71],
  ['victims.identified', 2016, 70],
  ['victims.identified.female_sex_trafficking', 2017, 66],
  ['victims.identified.female_sex_trafficking', 2016, 69],
  ['victims.identified.male_forced_labor', 2017, 5],
  ['victims.identified.male_forced_labor', 2016, 1],
  ['victims.identified.children', 2017, 0],
  ['victims.identified.children', 2016, 0],
  ['victims.identified.azerbaijani', 2017, 68],
  ['victims.identified.azerbaijani', 2016, 69],
  ['victims.identified.foreign', 2017, 3],
  ['victims.identified.foreign', 2016, 1],
  ['referrals.civil_society_to_atd', 2017, 6],
  ['referrals.civil_society_to_atd', 2016, 466],
  ['referrals.civil_society_to_atd.recognized', 2017, 0],
  ['referrals.civil_society_to_atd.recognized', 2016, 0],
  ['funding.victim_protection', 2017, 150530, 88030],
  ['funding.victim_protection', 2016, 154000, 90060],
  ['shelter.mia.recognized', 2017, 65],
  ['shelter.mia.recognized', 2016, 63],
  ['shelter.mia.potential', 2017, 6],
  ['shelter.mia.potential', 2016, 7],
  ['vac.referrals.atd', 2017, 68],
  ['vac.referrals.civil_society', 2017, 28],
  ['vac.assistance.medical', 2017, 44],
  ['vac.assistance.psychological', 2017, 52],
  ['vac.assistance.legal', 2017, 53],
  ['reintegration.employment', 2017, 21],
  ['reintegration.vocational_training', 2017, 10],
  ['ngo_shelters.victims_supported', 2017, 41],
  ['ngo_shelters.victims_supported', 2016, 40],
  ['permits.temporary_residence', 2017, 3],
  ['permits.temporary_residence.russia', 2017, 2],
  ['permits.temporary_residence.ukraine', 2017, 1],
];

describe('aze-2018: the data against its own schema', () => {
  it('parses with the Report schema', () => {
    const result = Report.safeParse(report);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has the metadata of the 2018 Azerbaijan narrative', () => {
    expect(report).toMatchObject({
      id: 'aze-2018',
      edition: 2018,
      country: { alpha3: 'AZE', alpha2: 'AZ', name: 'Azerbaijan' },
      section: 'protection',
      tier: 'Tier 2',
      years: [2016, 2017],
      reportingYear: 2017,
      reportingPeriod: { start: '2017-04-01', end: '2018-03-31' },
      url: 'https://www.state.gov/reports/2018-trafficking-in-persons-report/azerbaijan/',
    });
  });
});

describe('aze-2018: every figure as the text gives it', () => {
  it('holds exactly the observations read from the text, and no others', () => {
    const actual = observations.map((o) => [
      o.metric.id,
      o.year,
      o.value,
      ...(o.usd === undefined ? [] : [o.usd]),
    ]);
    expect(new Set(actual.map((a) => JSON.stringify(a)))).toEqual(
      new Set(FIGURES_READ_FROM_THE_TEXT.map((f) => JSON.stringify(f))),
    );
    expect(report.metrics).toHaveLength(22);
  });

  it('marks as derived exactly the two values the text does not state', () => {
    const derived = observations.filter((o) => o.derived).map((o) => `${o.metric.id} ${o.year}`);
    expect(derived).toEqual([
      'victims.identified.azerbaijani 2016',
      'permits.temporary_residence 2017',
    ]);
  });

  it('has one headline assessment: "maintained victim protection efforts"', () => {
    const [assessment, ...others] = report.findings.filter((f) => f.assessment);
    expect(others).toEqual([]);
    expect(assessment?.source.quote).toContain('maintained victim protection efforts');
  });

  it('its tier is cited from the 2018 page: the shipped section does not state it', () => {
    expect(report.sourceText).not.toContain('Tier');
    expect(report.facts.find((f) => f.id === 'tier')?.source).toEqual({
      kind: 'cited',
      url: 'https://www.state.gov/reports/2018-trafficking-in-persons-report/azerbaijan/',
      locator: 'Azerbaijan remained on Tier 2',
    });
  });

  it('every figure is quoted from the shipped text (none is cited)', () => {
    expect(report.provenance).toBe('quoted');
    expect(observations.every((o) => o.source.kind === 'quoted')).toBe(true);
  });
});

describe('aze-2018: the words around the figures say what the text says', () => {
  it('claims the report attributes to observers say so', () => {
    for (const id of ['identification.minimal_proactive_effort', 'shelter.cooperation_required']) {
      expect(finding(id)?.source.quote).toMatch(/^Observers reported/);
      expect(finding(id)?.attributedTo).toBe('observers');
      expect(finding(id)?.summary).toMatch(/^Observers reported/);
    }
  });

  it('claims of civil society name it: "civil society members noted", "Civil society reported"', () => {
    expect(finding('referral.adequate_review')?.attributedTo).toBe('civil society members');
    expect(finding('assistance.vac_praised')?.attributedTo).toBe('civil society');
  });

  it('every finding whose quote says who reported or noted it is attributed, and only those', () => {
    for (const f of report.findings) {
      const claim = /^(\w+(?: \w+)*?) (reported|noted)\b/i.exec(f.source.quote)?.[1];
      expect(f.attributedTo, f.id).toBe(claim?.toLowerCase());
      if (f.attributedTo) expect(f.source.quote.toLowerCase()).toContain(f.attributedTo);
    }
  });

  it('keeps what the text ties together: "officially", "as a result", the "but" of the SOPs', () => {
    const overemphasis = finding('identification.transnational_overemphasis');
    expect(overemphasis?.source.quote).toMatch(/^as a result, all officially identified victims/);
    expect(overemphasis?.summary).toMatch(/^As a result of .*observers reported, all officially/);
    expect(finding('identification.sops_exist')?.summary).toMatch(
      /procedures .*, but first responders/,
    );
    expect(finding('referral.within_24_hours')?.summary).toMatch(
      /required first responders .* officially recognized victims based on an investigation/,
    );
    expect(finding('funding.allocation')?.stance).toBe('neutral');
    expect(finding('funding.allocation')?.summary).toMatch(/150,530 manat .* 154,000 manat/);
  });

  it('keeps the text’s words: "maintained", "financial assistance", "legislation … ability … foreign donors"', () => {
    expect(finding('policy.assessment')?.summary).toContain('maintained');
    expect(finding('shelter.mia_services')?.summary).toMatch(
      /trafficking-specific .*financial assistance/,
    );
    expect(finding('ngo.foreign_grants_restricted')?.summary).toMatch(
      /legislation .* ability to receive funding from foreign donors/,
    );
    expect(finding('permits.residence_for_foreign_victims')?.summary).toContain(
      'two victims from Russia and one victim from Ukraine',
    );
  });

  it('the NGOs as the text has them: an NGO funded for police training, only NGO-run shelters unfunded', () => {
    const ngos = report.organisations.find((o) => o.id === 'ngos')?.description ?? '';
    expect(ngos).not.toMatch(/without government funding/);
    expect(ngos).toMatch(/some potential victims/);
    expect(ngos).toMatch(/funded an NGO .*training workshops/);
    expect(ngos).toMatch(/did not provide funding to NGO-run shelters/);
    expect(report.organisations.find((o) => o.id === 'sms')?.description).toContain(
      'two victims from Russia and one victim from Ukraine',
    );
    // The topic holds findings about NGOs in general, not only their shelters.
    expect(report.topics.find((t) => t.id === 'ngo')?.label).toBe('NGOs');
  });

  it('the derived 2016 Azerbaijani count rests on "70 in 2016" and "one foreign victim in 2016"', () => {
    const derived = metric('victims.identified.azerbaijani')?.observations.find((o) => o.derived);
    expect(
      [derived?.source, ...(derived?.restsOn ?? [])].map((s) => s?.kind === 'quoted' && s.quote),
    ).toEqual(['70 in 2016', 'one foreign victim in 2016']);
  });

  it('keeps the qualifiers: "including" stays a partial list, "established … to provide" is not "offers"', () => {
    expect(finding('identification.sops_not_followed')?.summary).toMatch(
      /including law enforcement/,
    );
    expect(finding('identification.sops_not_followed')?.summary).toMatch(/follow and understand/);
    expect(finding('assistance.new_vac_goychay')?.summary).toMatch(/established .* to provide/);
    expect(finding('shelter.limited_movement')?.summary).toMatch(/limited .*freedom of movement/);
    expect(finding('assistance.vac_praised')?.summary).toMatch(
      /good cooperation .* praised its reintegration/,
    );
  });

  it('the allowance and the civil claim are two findings about individuals, not victims', () => {
    const allowance = finding('assistance.unrecognized_excluded');
    const claim = finding('assistance.unrecognized_no_civil_claim');
    expect(allowance?.summary).toMatch(/^Individuals .* allowance\.$/);
    expect(claim?.summary).toMatch(/^Individuals .* civil claim/);
    expect(allowance?.source.quote).not.toContain('civil claim');
  });

  it('has the findings a reading of the text misses without them', () => {
    expect(finding('referral.referrals_not_recognized')?.source.quote).toBe(
      'ATD determined none to be victims in both 2016 and 2017',
    );
    expect(report.findings.filter((f) => f.topic === 'reintegration')).toHaveLength(1);
  });

  it('permits count victims: unit persons, and the statements say victims', () => {
    for (const m of report.metrics.filter((m) => m.id.startsWith('permits.'))) {
      expect(m.unit).toBe('persons');
      expect(m.statement).toMatch(/\{victim\|victims\}/);
    }
  });

  it('the ATD’s full name in az and ru sentences is our gloss: marked, with its source', () => {
    const atd = report.organisations.find((o) => o.id === 'atd');
    expect(atd?.gloss?.translations?.az?.text?.text).toBe(
      'DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi',
    );
    expect(atd?.gloss?.translations?.ru?.text?.text).toBe(
      'Главное управление по борьбе с торговлей людьми МВД',
    );
    expect(atd?.gloss?.source).toMatch(/Ministry of Internal Affairs/);
    expect(report.sourceText).not.toContain('Main Department');
    // A sentence that names ATD by the gloss (in any case form) says so, and only such a one.
    const stems = {
      az: 'İnsan Alverinə Qarşı Mübarizə Baş İdarə',
      ru: 'Главное управление по борьбе',
    };
    for (const m of report.metrics) {
      const uses = (['az', 'ru'] as const).some((l) =>
        m.translations?.[l]?.statement?.text.includes(stems[l]),
      );
      expect(m.glosses ?? [], m.id).toEqual(uses ? ['atd'] : []);
    }
    expect(report.metrics.filter((m) => m.glosses).length).toBe(3);
  });

  it('civil society and NGOs are two organisations; facts from outside the text are marked', () => {
    const ids = report.organisations.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['civil_society', 'ngos']));
    expect(report.organisations.find((o) => o.id === 'civil_society')?.acronym).toBeUndefined();
    expect(report.organisations.find((o) => o.id === 'atd')?.outsideText?.[0]).toMatch(
      /not stated/,
    );
  });

  it('the funding label and statement say "allocated", as the text does', () => {
    expect(metric('funding.victim_protection')?.label).toMatch(/^Allocated/);
    expect(metric('funding.victim_protection')?.observations.map((o) => o.basis)).toEqual([
      'allocated',
      'allocated',
    ]);
  });

  it('the referral deadline is an edition fact: 24 hours, quoted', () => {
    const deadline = report.facts.find((f) => f.id === 'referral_deadline');
    expect(deadline).toMatchObject({ value: 24, unit: 'hours', source: { kind: 'quoted' } });
  });
});
