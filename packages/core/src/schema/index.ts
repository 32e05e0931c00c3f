export * from './comparison.js';
export * from './finding.js';
export * from './metric.js';
export * from './observation.js';
export * from './organisation.js';
export * from './report.js';
export * from './source-span.js';
export * from './vocabulary.js';
