// Everything in `@tip-report/core/data`, plus the zod schemas (values as well as types) and
// their JSON Schema.
export { jsonSchema, type SchemaName, schemaNames } from './json-schema.js';
export * from './schema/index.js';
export * from './toolkit.js';

import { registerCatalog } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';

// The full entry is for servers and build tools, which answer in every language: it loads every
// catalog now. The zod-free entry loads English only, and the others with loadLocale().
for (const catalog of allCatalogs) registerCatalog(catalog);
