// Everything in `@tip-report/core/data`, plus the zod schemas (values as well as types) and
// their JSON Schema.
export { jsonSchema, type SchemaName, schemaNames } from './json-schema.js';
export * from './schema/index.js';
export * from './toolkit.js';
