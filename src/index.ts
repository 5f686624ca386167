/**
 * teamfit as a library: analyse a Backstage catalog, get the JSON result (the contract), render it.
 * @packageDocumentation
 */
export { analyze, type AnalyzeOptions } from './run.js';
export { readHistoryAhead } from './read-ahead.js';
export * from './result/index.js';
export { FORMATS, renderReport, streamReport, isReportFormat, type ReportFormat, type ReportOptions, type ReportText, type Reporter } from './report/index.js';
export { UsageError } from './util/errors.js';
export { RULE_IDS, RULE_META, type RuleMeta, type RuleCategory } from './rules/meta.js';
export type { HistoryInputs } from './analyze/history/read-repositories.js';
export type { ConfigInput } from './config/schema.js';
/** What teamfit reads from a Backstage catalog: these kinds, these fields (a Backstage plugin asks the catalog service for them). */
export { CATALOG_KINDS, CATALOG_FIELDS } from './ingest/backstage-api/index.js';
