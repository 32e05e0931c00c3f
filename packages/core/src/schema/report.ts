import { z } from 'zod';
import { Finding } from './finding.js';
import { Breakdown, Metric } from './metric.js';
import { Organisation } from './organisation.js';
import {
  type Provenance,
  ProvenanceKind,
  Provenance as ProvenanceSchema,
  ProvenanceUrl,
} from './provenance.js';
import { translationsOf } from './translation.js';
import { Topic, Unit } from './unit.js';
import { MetricId, ReportId, Slug, Tier, UnitId, Year } from './vocabulary.js';

const IsoDate = z.iso.date();

/** A phrase with a numeral that is not a figure ("one-time", a year), and why. */
export const NonFigure = z
  .object({
    text: z.string().min(1),
    reason: z.string().min(1),
  })
  .meta({ id: 'NonFigure' });
export type NonFigure = z.infer<typeof NonFigure>;

/**
 * A fact of the edition rather than of a data year: its tier, a waiver, a rule in force (the
 * referral deadline). The series' timeline is made of these.
 */
export const EditionFact = z
  .object({
    id: MetricId.describe(
      'tier, tier_waiver, or a name the data gives (referral_deadline, pre_identification.max_days).',
    ),
    label: z.string().min(1),
    value: z.union([z.number(), z.string(), z.boolean()]),
    unit: UnitId.optional(),
    source: ProvenanceSchema,
  })
  .meta({ id: 'EditionFact' });
export type EditionFact = z.infer<typeof EditionFact>;

/** An edition fact with the link to the words that state it (core's provenanceUrl). */
export const LinkedEditionFact = EditionFact.safeExtend({ provenanceUrl: ProvenanceUrl }).meta({
  id: 'LinkedEditionFact',
});
export type LinkedEditionFact = z.infer<typeof LinkedEditionFact>;

/**
 * A copy of the edition's page that we read, where it is not the canonical address: another host
 * of the same page (preview.state.gov), an archive, or a reprint of the narrative (refworld,
 * ecoi.net). `url` is absent where we know the copy but not its exact address.
 */
export const ReadCopy = z
  .object({
    id: Slug,
    name: z.string().min(1).describe('Where the copy is: preview.state.gov, refworld, ecoi.net…'),
    url: z.url().optional().describe('Its address, where we have it.'),
    holds: z.string().min(1).describe('What part of the narrative the copy we read holds.'),
  })
  .meta({ id: 'ReadCopy' });
export type ReadCopy = z.infer<typeof ReadCopy>;

/**
 * What part of the section was read, and from which copy. A metric the read part does not reach
 * is unseen: neither a figure, nor "not reported", nor silence.
 */
export const Coverage = z
  .object({
    part: z
      .enum(['none', 'opening', 'full'])
      .describe(
        'none: the section could not be read at all; opening: only its first `bytes` bytes; full: all of it.',
      ),
    bytes: z
      .int()
      .positive()
      .optional()
      .describe('For `opening`: how many bytes from the start of the section were read.'),
    copy: Slug.optional().describe(
      "The copy the section was read from (one of the report's `copies`); absent: the canonical page.",
    ),
    endsAt: z
      .string()
      .min(1)
      .optional()
      .describe('The last words read, where the excerpt stops in the middle of a passage.'),
    silent: z
      .array(MetricId)
      .optional()
      .describe(
        'Metrics of the series that the read part covers without a figure (silent, not unseen): the passage where they would stand was read.',
      ),
    note: z.string().min(1).describe('What was read, in words.'),
  })
  .refine((c) => (c.part === 'opening') === (c.bytes !== undefined), {
    message: 'bytes says how much of an opening was read, and only of an opening',
    path: ['bytes'],
  })
  .meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof Coverage>;

/** Who, what and when: everything about a report but its figures and text. */
export const ReportMetadata = z.object({
  id: ReportId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  edition: z.int().describe("The report's publication year."),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('Year and month of publication.'),
  country: z.object({
    alpha3: z.string().regex(/^[A-Z]{3}$/),
    alpha2: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    translations: translationsOf(['name']).describe(
      "The country's name in other languages (Gürcüstan, Грузия): data, not a UI catalog's.",
    ),
  }),
  section: z.string().min(1).describe('The narrative section, e.g. protection.'),
  tier: Tier.describe("The country's placement in this edition."),
  reportingPeriod: z.object({ start: IsoDate, end: IsoDate }),
  years: z
    .array(Year)
    .describe(
      'The years the text gives figures for, ascending; empty only where no part of it could be read.',
    ),
  reportingYear: Year.describe('The year the report covers; the others are for comparison.'),
  url: z.url().describe('The canonical page of the narrative.'),
  provenance: ProvenanceKind.describe(
    'quoted: we ship the text and every figure is a quote at checked offsets; cited: every figure is a locator on the page.',
  ),
  coverage: Coverage.optional().describe(
    'What part of the section was read, and from which copy; absent: all of it, from the canonical page.',
  ),
  copies: z
    .array(ReadCopy)
    .optional()
    .describe('Other copies of the page that figures or facts were read from.'),
});
export type ReportMetadata = z.infer<typeof ReportMetadata>;

export const Report = ReportMetadata.extend({
  units: z
    .array(Unit)
    .describe(
      'The units its metrics and facts count in: none for an edition none of whose section was read.',
    ),
  topics: z
    .array(Topic)
    .describe('The groups of its metrics and findings (none where it has neither).'),
  facts: z.array(EditionFact).describe('Facts of the edition: tier, waiver, rules in force.'),
  organisations: z.array(Organisation),
  metrics: z.array(Metric).describe('Empty only where no part of the section could be read.'),
  breakdowns: z.array(Breakdown),
  findings: z.array(Finding),
  nonFigures: z
    .array(NonFigure)
    .describe('Phrases with numerals or number words that state no figure, with the reason.'),
  sourceText: z
    .string()
    .min(1)
    .optional()
    .describe('The source text, byte for byte, where we ship it.'),
})
  .superRefine((report, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    // A fact of the edition (its tier) may stand outside the section we ship: it is then cited
    // from the edition's own page, as a report we do not ship cites everything.
    const copyIds = new Set((report.copies ?? []).map((c) => c.id));
    const checkSource = (source: Provenance, path: (string | number)[], citable = false) => {
      if (source.kind === 'cited') {
        if (report.provenance === 'quoted' && !citable)
          issue([...path, 'source'], 'this report quotes its text');
        if (source.url !== report.url)
          issue([...path, 'source', 'url'], "a locator is on the report's own page");
        if (source.copy !== undefined && !copyIds.has(source.copy))
          issue([...path, 'source', 'copy'], `unknown copy ${source.copy}`);
        return;
      }
      if (report.sourceText === undefined) {
        issue([...path, 'source'], 'a quote needs the source text: this report ships none');
        return;
      }
      const actual = report.sourceText.slice(source.start, source.end);
      if (actual !== source.quote) {
        issue(
          [...path, 'source'],
          `quote does not stand at ${source.start}..${source.end} of the source text (found ${JSON.stringify(actual)})`,
        );
      }
    };
    if ((report.provenance === 'quoted') !== (report.sourceText !== undefined)) {
      issue(['provenance'], 'a quoted report ships its source text, and only a quoted one does');
    }
    const unitIds = new Set(report.units.map((u) => u.id));
    const topicIds = new Set(report.topics.map((t) => t.id));
    const oneOf = (
      set: Set<string>,
      what: string,
      id: string | undefined,
      path: (string | number)[],
    ) => {
      if (id !== undefined && !set.has(id)) {
        issue(path, `unknown ${what} ${id}; the report has ${[...set].join(', ')}`);
      }
    };
    const metricIds = new Set<string>();
    report.metrics.forEach((metric, m) => {
      if (metricIds.has(metric.id)) issue(['metrics', m, 'id'], `duplicate metric id ${metric.id}`);
      metricIds.add(metric.id);
      oneOf(unitIds, 'unit', metric.unit, ['metrics', m, 'unit']);
      oneOf(topicIds, 'topic', metric.topic, ['metrics', m, 'topic']);
      const dated = [
        ...metric.observations.map((o, i) => ({ o, path: ['metrics', m, 'observations', i] })),
        ...(metric.notReported ?? []).map((o, i) => ({
          o,
          path: ['metrics', m, 'notReported', i],
        })),
      ];
      // A derived figure's further quotes are checked like its source.
      metric.observations.forEach((o, i) => {
        o.restsOn?.forEach((source, r) => {
          checkSource(source, ['metrics', m, 'observations', i, 'restsOn', r]);
        });
      });
      for (const { o, path } of dated) {
        checkSource(o.source, path);
        if (!report.years.includes(o.year)) {
          issue(
            [...path, 'year'],
            `${o.year} is not one of the report's years (${report.years.join(', ')})`,
          );
        }
      }
    });
    const glossed = new Set(report.organisations.filter((o) => o.gloss).map((o) => o.id));
    report.metrics.forEach((metric, m) => {
      metric.glosses?.forEach((id, g) => {
        if (!glossed.has(id)) {
          issue(['metrics', m, 'glosses', g], `no organisation ${id} with a gloss in this report`);
        }
      });
    });
    const known = (id: string | undefined, path: (string | number)[]) =>
      oneOf(metricIds, 'metric id', id, path);
    report.metrics.forEach((metric, m) => {
      known(metric.parent, ['metrics', m, 'parent']);
      metric.observations.forEach((o, i) => {
        // A figure in a formula is one the words state without a metric of its own.
        for (const term of o.formula?.split(/ [+-] /) ?? []) {
          if (!/^\d+$/.test(term)) known(term, ['metrics', m, 'observations', i, 'formula']);
        }
      });
    });
    report.breakdowns.forEach((b, i) => {
      known(b.total, ['breakdowns', i, 'total']);
      b.parts.forEach((part, p) => {
        known(part, ['breakdowns', i, 'parts', p]);
      });
    });
    const findingIds = new Set<string>();
    report.findings.forEach((f, i) => {
      if (findingIds.has(f.id)) issue(['findings', i, 'id'], `duplicate finding id ${f.id}`);
      findingIds.add(f.id);
      oneOf(topicIds, 'topic', f.topic, ['findings', i, 'topic']);
      checkSource(f.source, ['findings', i]);
    });
    const assessments = report.findings.filter((f) => f.assessment).length;
    if (report.findings.length > 0 && assessments !== 1) {
      issue(['findings'], 'exactly one finding is the assessment');
    }
    report.facts.forEach((fact, i) => {
      checkSource(fact.source, ['facts', i], true);
      oneOf(unitIds, 'unit', fact.unit, ['facts', i, 'unit']);
    });
    const tierFact = report.facts.find((f) => f.id === 'tier');
    if (tierFact !== undefined && tierFact.value !== report.tier) {
      issue(['facts'], `the tier fact says ${tierFact.value}, the report ${report.tier}`);
    }
    if (report.years.length > 0 && !report.years.includes(report.reportingYear)) {
      issue(['reportingYear'], 'the reporting year is one of the years');
    }
    // Nothing read, no figures: an edition we could not read is never an edition that says nothing.
    const unread = report.coverage?.part === 'none';
    if (unread !== (report.metrics.length === 0) || unread !== (report.years.length === 0)) {
      issue(
        ['coverage'],
        'a report has no metrics and no years exactly when nothing of it was read',
      );
    }
    const copy = report.coverage?.copy;
    if (copy !== undefined && !copyIds.has(copy))
      issue(['coverage', 'copy'], `unknown copy ${copy}`);
    report.metrics.forEach((metric, m) => {
      (metric.partialPeriods ?? []).forEach((p, i) => {
        checkSource(p.source, ['metrics', m, 'partialPeriods', i]);
      });
    });
    report.breakdowns.forEach((b, i) => {
      for (const flag of b.inconsistent ?? []) {
        if (b.years !== undefined && !b.years.includes(flag.year))
          issue(['breakdowns', i, 'inconsistent'], `${flag.year} is not one of its years`);
      }
    });
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;

/** What `/v1/reports` lists: the metadata without figures or text. */
export const ReportSummary = ReportMetadata.meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;
