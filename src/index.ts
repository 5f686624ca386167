/**
 * teamfit as a library: analyse a Backstage catalog, get the JSON result (the contract), render it.
 * @packageDocumentation
 */
export { analyze, type AnalyzeOptions } from './run.js';
export * from './result/index.js';
export { FORMATS, renderReport, streamReport, isReportFormat, type ReportFormat, type ReportOptions, type ReportText, type Reporter } from './report/index.js';
export { UsageError } from './util/errors.js';
