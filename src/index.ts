/**
 * teamfit as a library: analyse a Backstage catalog, get the JSON result (the contract), render it.
 * @packageDocumentation
 */
export { analyze, type AnalyzeOptions } from './run.js';
export * from './result/index.js';
export { FORMATS, renderReport, isReportFormat, type ReportFormat, type ReportOptions, type Reporter } from './report/index.js';
export { UsageError } from './util/errors.js';
