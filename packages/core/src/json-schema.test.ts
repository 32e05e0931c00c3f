import { describe, expect, it } from 'vitest';
import { jsonSchema, schemaNames } from './json-schema.js';

describe('jsonSchema', () => {
  it('gives a draft 2020-12 schema for every published schema', () => {
    for (const name of schemaNames) {
      const schema = jsonSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('keeps the field rules of the zod schema (required fields, enums, the id pattern)', () => {
    const observation = jsonSchema('Observation') as {
      $defs: Record<
        string,
        {
          required?: string[];
          properties?: Record<string, unknown>;
          pattern?: string;
          enum?: string[];
        }
      >;
    };
    expect(observation.$defs.Observation?.required).toEqual(
      expect.arrayContaining(['year', 'value', 'source']),
    );
    expect(observation.$defs.SourceSpan?.required).toEqual(['quote', 'start', 'end']);
    const metric = jsonSchema('Metric') as typeof observation;
    expect(metric.$defs.Unit?.enum).toEqual(['persons', 'permits', 'AZN']);
    expect(metric.$defs.MetricId?.pattern).toBe('^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$');
  });

  it('is made once and reused', () => {
    expect(jsonSchema('Report')).toBe(jsonSchema('Report'));
  });
});
