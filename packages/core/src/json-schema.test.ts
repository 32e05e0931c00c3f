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
    expect(observation.$defs.SourceSpan?.required).toEqual(['kind', 'quote', 'start', 'end']);
    expect(observation.$defs.Citation?.required).toEqual(['kind', 'url', 'locator']);
    const metric = jsonSchema('Metric') as typeof observation;
    // Units and topics are the report's data, not an enum of the schema.
    expect(metric.$defs.UnitId?.enum).toBeUndefined();
    expect(metric.$defs.UnitId?.pattern).toBeDefined();
    expect(metric.$defs.MetricId?.pattern).toBe('^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$');
  });

  it('is made once and reused', () => {
    expect(jsonSchema('Report')).toBe(jsonSchema('Report'));
  });
});
